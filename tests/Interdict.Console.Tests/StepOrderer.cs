using Xunit.Abstractions;
using Xunit.Sdk;

namespace Interdict.Console.Tests;

/// <summary>Runs a class's tests by their <see cref="StepAttribute"/> (unnumbered ones last, by name).</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string Name = "Interdict.Console.Tests.StepOrderer";
    public const string Assembly = "Interdict.Console.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => Step(t)).ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);

    static int Step(ITestCase test) =>
        test.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName).FirstOrDefault() is { } step
            ? (int)step.GetConstructorArguments().First() : int.MaxValue;
}
