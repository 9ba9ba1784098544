using System.Text.Json;
using LoFin.Application.Functions;
using LoFin.Functions.CustomHandler;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>emit-functions output for an app with HTTP, queue and timer functions.</summary>
public sealed class FunctionManifestTests(CustomHandlerApp fixture) : IClassFixture<CustomHandlerApp>
{
    private FunctionManifest Manifest => FunctionManifest.FromServices(fixture.App.Services);

    private static JsonElement ReadFunctionJson(string directory, string functionName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, functionName, EmitFunctionsCommand.FunctionJsonFileName))).RootElement;

    private static string HostJsonPath => Path.Combine(RepositoryRoot.Path, EmitFunctionsCommand.HostJsonFileName);

    [Fact]
    public void Emit_WhenAppHasHttpQueueAndTimerFunctions_WritesOneValidFolderPerFunction()
    {
        using var output = new TempDirectory();
        var services = fixture.App.Services;
        var expected = services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>()
            .Concat(services.GetServices<IQueueFunction>().Select(f => f.Name))
            .Concat(services.GetServices<ITimerFunction>().Select(f => f.Name))
            .Order(StringComparer.Ordinal).ToList();

        EmitFunctionsCommand.Write(Manifest, output.Path, HostJsonPath);

        var folders = Directory.EnumerateDirectories(output.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, folders);
        Assert.Contains(RecordingQueueFunction.FunctionName, folders);
        Assert.Contains(RecordingTimerFunction.FunctionName, folders);
        foreach (var folder in folders)
        {
            var json = File.ReadAllText(Path.Combine(output.Path, folder, EmitFunctionsCommand.FunctionJsonFileName));
            var errors = SchemaValidation.FunctionJsonErrors(json);
            Assert.True(errors.Count == 0, $"{folder}/function.json: {string.Join("; ", errors)}");
        }
        Assert.Equal(File.ReadAllText(HostJsonPath), File.ReadAllText(Path.Combine(output.Path, EmitFunctionsCommand.HostJsonFileName)));
    }

    [Fact]
    public void Emit_WhenHttpFunction_ForwardsTheEndpointsRouteAndMethods()
    {
        using var output = new TempDirectory();

        EmitFunctionsCommand.Write(Manifest, output.Path, HostJsonPath);

        var bindings = ReadFunctionJson(output.Path, "ListDeadLetters").GetProperty("bindings").EnumerateArray().ToList();
        Assert.Equal(2, bindings.Count);
        var trigger = bindings[0];
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("api/tenants/{tenantId}/dead-letters", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        // One httpTrigger in and one http out is what makes the host forward the request as is.
        var response = bindings[1];
        Assert.Equal(("http", "out", "$return"), (response.GetProperty("type").GetString(), response.GetProperty("direction").GetString(), response.GetProperty("name").GetString()));
        var replay = ReadFunctionJson(output.Path, "ReplayDeadLetter").GetProperty("bindings")[0];
        Assert.Equal("api/tenants/{tenantId}/dead-letters/{messageId}/replay", replay.GetProperty("route").GetString());
        Assert.Equal(["post"], replay.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void Emit_WhenQueueFunction_ListensToItsServiceBusQueue()
    {
        using var output = new TempDirectory();

        EmitFunctionsCommand.Write(Manifest, output.Path, HostJsonPath);

        var binding = ReadFunctionJson(output.Path, RecordingQueueFunction.FunctionName).GetProperty("bindings").EnumerateArray().Single();
        Assert.Equal("serviceBusTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("in", binding.GetProperty("direction").GetString());
        Assert.Equal(FunctionBinding.QueueMessageName, binding.GetProperty("name").GetString());
        Assert.Equal(RecordingQueueFunction.QueueName, binding.GetProperty("queueName").GetString());
        Assert.Equal("ServiceBusConnection", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void Emit_WhenTimerFunction_UsesItsScheduleMonitored()
    {
        using var output = new TempDirectory();

        EmitFunctionsCommand.Write(Manifest, output.Path, HostJsonPath);

        var binding = ReadFunctionJson(output.Path, RecordingTimerFunction.FunctionName).GetProperty("bindings").EnumerateArray().Single();
        Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
        Assert.Equal(FunctionBinding.TimerName, binding.GetProperty("name").GetString());
        Assert.Equal(RecordingTimerFunction.ScheduleExpression, binding.GetProperty("schedule").GetString());
        Assert.True(binding.GetProperty("useMonitor").GetBoolean());
    }

    [Fact]
    public void Write_WhenAFolderOfARemovedFunctionIsLeft_RemovesItAndKeepsOtherFiles()
    {
        using var output = new TempDirectory();
        var stale = Path.Combine(output.Path, "RemovedFunction");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, EmitFunctionsCommand.FunctionJsonFileName), "{\"bindings\":[]}");
        var app = Path.Combine(output.Path, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "LoFin.Functions.dll"), "not really");

        var removed = EmitFunctionsCommand.Write(Manifest, output.Path, HostJsonPath);

        Assert.Equal(["RemovedFunction"], removed);
        Assert.False(Directory.Exists(stale));
        Assert.True(File.Exists(Path.Combine(app, "LoFin.Functions.dll")));
    }

    [Fact]
    public void HostJson_AtRepositoryRoot_IsValidAndConfiguresTheCustomHandler()
    {
        var text = File.ReadAllText(HostJsonPath);

        var errors = SchemaValidation.HostJsonErrors(text);

        Assert.True(errors.Count == 0, string.Join("; ", errors));
        var host = JsonDocument.Parse(text).RootElement;
        Assert.Equal("2.0", host.GetProperty("version").GetString());
        var handler = host.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("app/LoFin.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        // An empty prefix keeps the public paths (/api/...) equal to the app's, which is what forwarding sends on.
        Assert.Equal("", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host.GetProperty("extensionBundle").GetProperty("id").GetString());
    }

    [Fact]
    public void Schemas_WhenDocumentsAreWrong_ReportErrors()
    {
        // The validation above is only worth something if it can fail.
        Assert.NotEmpty(SchemaValidation.FunctionJsonErrors("""{"bindings":[{"name":"t","type":"timerTrigger","direction":"in","schedule":"0 0 1 * * *","useMonitor":"yes"}]}"""));
        Assert.NotEmpty(SchemaValidation.FunctionJsonErrors("""{"bindings":[{"name":"req","type":"httpTrigger","direction":"in","methods":["fetch"]}]}"""));
        Assert.NotEmpty(SchemaValidation.FunctionJsonErrors("""{"bindings":[{"type":"serviceBusTrigger","direction":"in","queueName":"q"}]}"""));
        Assert.NotEmpty(SchemaValidation.HostJsonErrors("""{"version":"2.0","extensions":{"http":{}}}"""));
        Assert.NotEmpty(SchemaValidation.HostJsonErrors("""{"version":"2.0","extensions":{"serviceBus":{"maxAutoLockRenewalDuration":"5 minutes"}}}"""));
    }
}
