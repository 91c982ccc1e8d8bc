namespace Interdict.Rules.Model;

/// <summary>A condition of a cap (reporting, purpose, no designated party, the 95 percent notice).</summary>
/// <param name="Text">The condition as stated in answers.</param>
/// <param name="When">The test on the facts, if it is one.</param>
/// <param name="Duty">A reporting duty: "not established" lists it as a condition instead of failing it.</param>
/// <param name="NoticeStop">The Committee Secretary's stop notice (context.cap_notice).</param>
/// <param name="NoDesignatedParty">No designated party may be involved.</param>
/// <param name="Confidence">How sure the research is, when stated.</param>
public sealed record CapCondition(string Text, Condition? When, bool Duty, bool NoticeStop, bool NoDesignatedParty, Confidence? Confidence);
