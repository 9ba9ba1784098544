namespace LoFin.Functions.Tests;

/// <summary>One app per test class: seeding the 243 governments once is enough for read-mostly tests.</summary>
public sealed class AppFixture : IDisposable
{
    public LoFinAppFactory App { get; } = new();

    public void Dispose()
    {
        App.Dispose();
        App.DeleteData();
    }
}
