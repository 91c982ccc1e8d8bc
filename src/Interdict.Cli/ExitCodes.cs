namespace Interdict.Cli;

/// <summary>The exit codes of <c>interdict</c>: the one place they are defined. The README's table says the same, and
/// ExitCodeTests runs a case of each row of it.</summary>
static class ExitCodes
{
    /// <summary>Done; a search that finds nothing (<c>hs zzzzqq</c>) is an answer too.</summary>
    public const int Ok = 0;
    /// <summary>The command line is wrong (unknown option, missing argument, bad value).</summary>
    public const int Usage = 1;
    /// <summary>An input cannot be used: missing file, malformed list, check or CSV header. Nothing was changed.</summary>
    public const int BadInput = 2;
    /// <summary>A batch finished, but some rows were bad and skipped (each reported with its line number): <c>screen
    /// --input</c>, <c>compare --input</c>, <c>check --input</c>, <c>payments screen</c>.</summary>
    public const int PartialBatch = 3;
    /// <summary>The network or a remote source could not be reached. Nothing was changed.</summary>
    public const int Unreachable = 4;
    /// <summary><c>audit verify</c>: the audit trail's hash chain is broken (edited, deleted or reordered records).</summary>
    public const int AuditBroken = 5;
}
