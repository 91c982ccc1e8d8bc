namespace Interdict.Lists;

/// <summary>One list format: how to recognise its files, which files make up one version, and how to read them into a
/// <see cref="Core.Lists.ListSnapshot"/>. Every format the engine reads is one implementation, registered in
/// <see cref="ListSources.All"/>; nothing else chooses between formats.</summary>
/// <remarks>
/// <para>A version is dated by its data (<see cref="DateField"/>: the UN's <c>dateGenerated</c>, the EU's
/// <c>generationDate</c>, OFAC's <c>dataAsOf</c>…). A format whose files carry no date (<see cref="NeedsDate"/>) is dated
/// by the person importing it (<c>--date</c>), never by a file's modification time: that says when it was copied.</para>
/// <para>Implementations are stateless and thread-safe; they return results for bad input and never throw for it.</para>
/// </remarks>
public interface IListSource
{
    /// <summary>A short name of the format (<c>un-xml</c>, <c>ofac-csv</c>, <c>eu-fsf-xml</c>), for messages and docs.</summary>
    string Format { get; }

    /// <summary>What a person calls a file of this format (<c>UN list</c>, <c>EU Financial Sanctions File</c>).</summary>
    string Title { get; }

    /// <summary>True when the files carry no publication date, so the importer must be given one.</summary>
    bool NeedsDate { get; }

    /// <summary>Where the version's date comes from: the element or attribute of the data, or <c>date</c> (the date given
    /// at import) for a format that carries none. Named by a refusal of the date.</summary>
    string DateField { get; }

    /// <summary>Tells whether a file is the main file of a list of this format, from its first bytes (and, for a format
    /// without a mark in its content, its name).</summary>
    /// <param name="fileName">The file's name, without folder.</param>
    /// <param name="head">Its first bytes (up to <see cref="ListSources.HeadLength"/>).</param>
    bool Recognises(string fileName, ReadOnlySpan<byte> head);

    /// <summary>The files one version is made of, given its main file: the file itself, and companions beside it.</summary>
    /// <param name="mainFile">A file this format <see cref="Recognises"/>.</param>
    /// <returns>Full paths, main file first.</returns>
    IReadOnlyList<string> FilesOf(string mainFile);

    /// <summary>Reads the version whose main file is given.</summary>
    /// <param name="mainFile">A file this format recognises (or one it is asked to read anyway, to say what is wrong).</param>
    /// <param name="published">The publication date given at import; required when <see cref="NeedsDate"/>, otherwise
    /// ignored (the data's own date wins).</param>
    /// <returns>The complete snapshot with its issues, or the failure naming the place; never a partial list.</returns>
    ImportResult Parse(string mainFile, DateTimeOffset? published);
}
