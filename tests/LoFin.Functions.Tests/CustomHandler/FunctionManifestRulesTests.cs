using LoFin.Functions.CustomHandler;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>What emit-functions refuses to write, because the host would reject it or route it wrongly.</summary>
public sealed class FunctionManifestRulesTests
{
    [Fact]
    public void Manifest_WhenTwoFunctionsDifferOnlyInCase_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FunctionManifest(
            [FunctionDefinition.Queue("SendPaymentOrder", "payment-orders"), FunctionDefinition.Timer("sendpaymentorder", "0 0 1 * * *")]));
        Assert.Contains("sendpaymentorder", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("1stFunction")]
    [InlineData("has space")]
    [InlineData("dotted.name")]
    public void Manifest_WhenNameIsNotAValidFunctionName_Throws(string name)
    {
        Assert.Throws<InvalidOperationException>(() => new FunctionManifest([FunctionDefinition.Queue(name, "q")]));
    }

    [Theory]
    [InlineData("SendPaymentOrder")]
    [InlineData("{name}")]
    [InlineData("{*path}")]
    [InlineData("admin/functions")]
    [InlineData("runtime/webhooks/x")]
    [InlineData("api/")]
    public void Manifest_WhenHttpRouteIsOutsideApi_Throws(string route)
    {
        // Such a route could be forwarded onto a queue function's invocation path, or is the host's own.
        var error = Assert.Throws<InvalidOperationException>(() => new FunctionManifest(
            [FunctionDefinition.Http("Stray", route, ["post"]), FunctionDefinition.Queue("SendPaymentOrder", "payment-orders")]));
        Assert.Contains("api/", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 1 * * *")]
    [InlineData("00:05:00")]
    public void Manifest_WhenScheduleIsNotSixFieldNcrontab_Throws(string schedule)
    {
        Assert.Throws<InvalidOperationException>(() => new FunctionManifest([FunctionDefinition.Timer("Nightly", schedule)]));
    }

    [Fact]
    public void Manifest_WhenFunctionsAreValid_OrdersThemByKindThenName()
    {
        var manifest = new FunctionManifest(
        [
            FunctionDefinition.Timer("Nightly", "0 0 1 * * *"),
            FunctionDefinition.Queue("SendPaymentOrder", "payment-orders"),
            FunctionDefinition.Http("GetHealth", "api/health", ["get"]),
        ]);

        Assert.Equal(["GetHealth", "SendPaymentOrder", "Nightly"], manifest.Functions.Select(f => f.Name));
    }
}
