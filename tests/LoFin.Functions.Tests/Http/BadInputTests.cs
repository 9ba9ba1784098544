using System.Net;
using System.Text;

namespace LoFin.Functions.Tests.Http;

public sealed class BadInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly LoFinAppFactory _app = fixture.App;

    [Theory]
    [InlineData("{\"user\":")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    public async Task DevToken_WhenJsonMalformed_Is400Problem(string body)
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsync("/api/dev/token", new StringContent(body, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DevToken_WhenFieldHasWrongType_Is400NamingTheField()
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsync("/api/dev/token", new StringContent("{\"user\": 12}", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "$.user");
    }

    [Fact]
    public async Task Post_WhenBodyOverOneMegabyte_Is413Problem()
    {
        using var client = _app.CreateClient();
        var huge = "{\"user\":\"" + new string('a', 2 * 1024 * 1024) + "\"}";
        var response = await client.PostAsync("/api/dev/token", new StringContent(huge, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_WhenContentTypeNotJson_Is4xxProblem()
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsync("/api/dev/token", new StringContent("user=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownApiRoute_WhenSignedIn_Is404Problem()
    {
        using var client = await _app.ClientAsAsync("seoul.budget");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/does-not-exist"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeadLetters_WhenPageSizeOutOfRange_Is400NamingPageSize()
    {
        using var client = await _app.ClientAsAsync("seoul.operator");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/tenants/11000/dead-letters?pageSize=5000"), HttpStatusCode.BadRequest, "pageSize");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/tenants/11000/dead-letters?pageSize=abc"), HttpStatusCode.BadRequest);
    }
}
