namespace Interdict.Core.Alerts;

/// <summary>What raised an alert.</summary>
public enum AlertOrigin
{
    /// <summary>Screening of a customer when it was created or changed.</summary>
    Screening = 0,
    /// <summary>Re-screening after a new list version was imported.</summary>
    ListUpdate,
    /// <summary>Re-screening of every customer against the lists in force, asked for by an administrator.</summary>
    FullRescreen,
}
