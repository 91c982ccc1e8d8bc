namespace Interdict.Cli;

/// <summary>The exit codes of <c>interdict</c> (documented in the README).</summary>
static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;
    /// <summary>The command line is wrong (unknown option, missing argument, bad value).</summary>
    public const int Usage = 1;
    /// <summary>An input cannot be used: missing file, malformed list, check or CSV header. Nothing was changed.</summary>
    public const int BadInput = 2;
    /// <summary>A batch finished, but some rows were bad and skipped (each reported with its line number).</summary>
    public const int PartialBatch = 3;
    /// <summary>The network or a remote source could not be reached. Nothing was changed.</summary>
    public const int Unreachable = 4;
    /// <summary><c>audit verify</c>: the audit trail's hash chain is broken (edited, deleted or reordered records).</summary>
    public const int AuditBroken = 5;
}
