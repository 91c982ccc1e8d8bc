using System.Text;
using Interdict.Hosting.Csv;

namespace Interdict.Hosting.Screening;

/// <summary>Opens a batch file (<c>screen --input</c>, <c>POST /v1/batches</c>): the one place its header is read, so
/// the CLI, a cluster's batch and the HTTP API refuse the same files with the same words.</summary>
public static class BatchInput
{
    /// <summary>Opens a batch file and reads its header; <paramref name="rows"/> reads the rows under it.</summary>
    /// <param name="input">The CSV text (left open).</param>
    /// <param name="inputName">The input's name, in messages.</param>
    /// <param name="rows">Reads the rows under the header.</param>
    /// <returns>The reader, past the header.</returns>
    /// <exception cref="BatchInputException">The file has no usable header.</exception>
    public static CsvRecordReader Open(Stream input, string inputName, out BatchRows rows)
    {
        var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var csv = new CsvRecordReader(text);
        if (!CsvHeader.TryRead(csv, BatchRows.RequiredColumns, BatchRows.OptionalColumns, out var header, out var error))
        {
            csv.Dispose();
            throw new BatchInputException($"{inputName}: {error}");
        }
        rows = new BatchRows(header!);
        return csv;
    }
}

/// <summary>The input cannot be read as a batch at all (no header, missing column, a line that is not CSV where the
/// API refuses the file whole), or a run cannot be resumed. The message names the place.</summary>
public sealed class BatchInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchInputException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What is wrong, and where.</param>
    public BatchInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">What is wrong, and where.</param>
    /// <param name="innerException">The cause.</param>
    public BatchInputException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
