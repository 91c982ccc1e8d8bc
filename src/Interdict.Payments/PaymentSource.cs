namespace Interdict.Payments;

/// <summary>A named source of payment messages that the caller knows how to open (a file, a request body).</summary>
/// <param name="Name">The label results carry (a file name).</param>
/// <param name="Open">Opens the bytes (UTF-8, or with a byte order mark); the batch disposes the stream.</param>
public sealed record PaymentSource(string Name, Func<Stream> Open);
