namespace Interdict.Console.Tests;

/// <summary>The place of a test in the analyst's day that <see cref="StepOrderer"/> runs the class in: the tests share
/// one server, and some pages are worth showing only after an earlier step (an entity's history after the 2026 list
/// was uploaded over the 2018 one). Each test still asserts only what holds whatever ran before it.</summary>
[AttributeUsage(AttributeTargets.Method)]
sealed class StepAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
