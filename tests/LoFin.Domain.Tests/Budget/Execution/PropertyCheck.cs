using FsCheck;
using FsCheck.Fluent;

namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>Runs an FsCheck property inside a plain xunit fact (FsCheck.Xunit does not restore here).</summary>
public static class PropertyCheck
{
    /// <summary>Enough cases to reach the corners, few enough to keep the suite in seconds.</summary>
    public const int Cases = 300;

    public static void ForAll<T>(Arbitrary<T> inputs, Action<T> assertion) =>
        Prop.ForAll(inputs, assertion).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
}
