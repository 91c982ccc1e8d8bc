namespace Interdict.Storage;

/// <summary>Where a job stands.</summary>
public enum JobState
{
    /// <summary>Recorded, not yet taken by a process.</summary>
    Pending = 0,
    /// <summary>Taken by a process (<see cref="Job.Owner"/>) until its lease runs out; a process that dies leaves it
    /// running with a lease that expires, and another process (or the next start) takes it over.</summary>
    Running,
    /// <summary>Finished; <see cref="Job.Result"/> says what it did.</summary>
    Done,
    /// <summary>Given up after an error or too many attempts; <see cref="Job.Error"/> says why.</summary>
    Failed,
}
