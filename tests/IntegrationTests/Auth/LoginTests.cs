using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Auth;

/// <summary>POST /api/v1/auth/login, including the failed-login lockout per e-mail.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class LoginTests(ApiFactory factory)
{
    private const string Path = "/api/v1/auth/login";

    [Fact]
    public async Task PostLogin_Should_Return200WithBearerTokenPair_When_CredentialsAreRight()
    {
        var user = await factory.RegisterAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { email = user.Email, password = user.Password });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        root.GetProperty("accessToken").GetString().ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("refreshToken").GetString().ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("expiresIn").GetInt32().ShouldBe(900);
        root.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        var payload = TestTokens.Payload(root.GetProperty("accessToken").GetString()!);
        payload.ShouldContain(user.Id.ToString());
        payload.ShouldNotContain(user.Password);
    }

    [Fact]
    public async Task PostLogin_Should_Succeed_When_EmailIsInOtherLetterCase()
    {
        var user = await factory.RegisterAsync();

        var tokens = await factory.LoginAsync(user.Email.ToUpperInvariant(), user.Password);

        tokens.AccessToken.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task PostLogin_Should_Return401WithSameAnswer_When_EmailIsUnknownOrPasswordIsWrong()
    {
        var user = await factory.RegisterAsync();
        using var client = factory.CreateClient();

        using var wrongPassword = await client.PostAsJsonAsync(Path, new { email = user.Email, password = "Not-The-Password-1" });
        using var unknownEmail = await client.PostAsJsonAsync(Path, new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = user.Password });

        var first = await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        var second = await unknownEmail.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        second.Detail.ShouldBe(first.Detail);
        second.Title.ShouldBe(first.Title);
    }

    [Fact]
    public async Task PostLogin_Should_Return400NamingFields_When_FieldsAreMissing()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { });

        await response.ShouldBeValidationProblemAsync("email", "password");
    }

    [Fact]
    public async Task PostLogin_Should_Return400MalformedJson_When_BodyIsNotJson()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("email=a@b.co", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(Path, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.MalformedJson");
    }

    [Fact]
    public async Task PostLogin_Should_Return429WithRetryAfter_When_TenFailedLoginsPrecedeEvenARightPassword()
    {
        var victim = await factory.RegisterAsync();
        var bystander = await factory.RegisterAsync();
        using var client = factory.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            using var failed = await client.PostAsJsonAsync(Path, new { email = victim.Email, password = $"Wrong-Password-{i}" });
            await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        }

        using var locked = await client.PostAsJsonAsync(Path, new { email = victim.Email, password = victim.Password });
        using var lockedOtherCase = await client.PostAsJsonAsync(Path, new { email = victim.Email.ToUpperInvariant(), password = victim.Password });
        using var other = await client.PostAsJsonAsync(Path, new { email = bystander.Email, password = "Wrong-Password-x" });

        await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
        int.Parse(locked.RetryAfter(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 15 * 60);
        await lockedOtherCase.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
        await other.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        (await factory.LoginAsync(bystander)).AccessToken.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task PostLogin_Should_ResetFailureCount_When_LoginSucceeds()
    {
        var user = await factory.RegisterAsync();
        using var client = factory.CreateClient();
        for (var i = 0; i < 9; i++)
        {
            using var failed = await client.PostAsJsonAsync(Path, new { email = user.Email, password = $"Wrong-Password-{i}" });
            await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        await factory.LoginAsync(user);
        using var afterReset = await client.PostAsJsonAsync(Path, new { email = user.Email, password = "Wrong-Password-again" });

        await afterReset.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        (await factory.LoginAsync(user)).AccessToken.ShouldNotBeNullOrWhiteSpace();
    }
}
