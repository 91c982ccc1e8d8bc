namespace Interdict.Storage;

/// <summary>A recorded job: work that follows from data already committed (a list version, imported customers) and
/// must be completed even if the process that began it dies.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Kind">What to do (<see cref="JobRequest.Kind"/>).</param>
/// <param name="Input">Its parameters, JSON text.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Progress">How far it got, JSON text (<c>{}</c> at first).</param>
/// <param name="Result">What it did, JSON text, once <see cref="JobState.Done"/>.</param>
/// <param name="Error">Why it failed, once <see cref="JobState.Failed"/>.</param>
/// <param name="Owner">The process running it, while <see cref="JobState.Running"/>.</param>
/// <param name="LeaseUntil">Until when the owner holds it; after that another process may take it over.</param>
/// <param name="Attempts">How many times a process took it (1 for a run that was never interrupted).</param>
/// <param name="CreatedBy">Who caused it.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="FinishedAt">When it was done or failed.</param>
public sealed record Job(long Id, string Kind, string Input, JobState State, string Progress, string? Result, string? Error, string? Owner,
    DateTimeOffset? LeaseUntil, int Attempts, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt)
{
    /// <summary>True once done or failed.</summary>
    public bool IsFinished => State is JobState.Done or JobState.Failed;
}
