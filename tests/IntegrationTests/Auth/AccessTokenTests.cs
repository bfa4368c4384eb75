using System.Net;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Auth;

/// <summary>Validation of the bearer access token, seen through GET /api/v1/users/me.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class AccessTokenTests(ApiFactory factory)
{
    private const string Me = "/api/v1/users/me";

    [Fact]
    public async Task GetMe_Should_Return200_When_TokenIsCraftedWithTheRealKey()
    {
        // Proves the crafting helper makes tokens the API accepts, so the rejections below are about the one change each makes.
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(TestTokens.Create(factory.SigningKey, user.Id, sessionId: TestTokens.SessionOf(tokens.AccessToken)));

        using var response = await client.GetAsync(Me);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_TokenNamesNoSession()
    {
        var (user, _) = await factory.RegisterAndLoginAsync();

        await ShouldBeRejectedAsync(TestTokens.Create(factory.SigningKey, user.Id));
    }

    [Fact]
    public async Task GetMe_Should_Return401SessionEnded_When_TokenNamesAnotherUsersSession()
    {
        var (user, _) = await factory.RegisterAndLoginAsync();
        var (_, other) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(TestTokens.Create(factory.SigningKey, user.Id, sessionId: TestTokens.SessionOf(other.AccessToken)));

        using var response = await client.GetAsync(Me);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.SessionEnded");
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_SignatureIsTampered()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();

        await ShouldBeRejectedAsync(TestTokens.WithTamperedSignature(tokens.AccessToken));
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_AlgorithmIsNone()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();

        await ShouldBeRejectedAsync(TestTokens.WithAlgNone(tokens.AccessToken));
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_TokenIsSignedWithAnotherKey()
    {
        var (user, session) = await SessionAsync();

        await ShouldBeRejectedAsync(TestTokens.Create(new string('k', 48), user.Id, sessionId: session));
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_TokenHasExpired()
    {
        var (user, session) = await SessionAsync();
        var now = DateTime.UtcNow;

        await ShouldBeRejectedAsync(TestTokens.Create(factory.SigningKey, user.Id, notBefore: now.AddMinutes(-30), expires: now.AddMinutes(-10), sessionId: session));
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_TokenIsNotYetValid()
    {
        var (user, session) = await SessionAsync();
        var now = DateTime.UtcNow;

        await ShouldBeRejectedAsync(TestTokens.Create(factory.SigningKey, user.Id, notBefore: now.AddMinutes(10), expires: now.AddMinutes(25), sessionId: session));
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_IssuerIsWrong()
    {
        var (user, session) = await SessionAsync();

        await ShouldBeRejectedAsync(TestTokens.Create(factory.SigningKey, user.Id, issuer: "someone-else", sessionId: session));
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_AudienceIsWrong()
    {
        var (user, session) = await SessionAsync();

        await ShouldBeRejectedAsync(TestTokens.Create(factory.SigningKey, user.Id, audience: "another-api", sessionId: session));
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_TokenIsGarbage()
    {
        await ShouldBeRejectedAsync("not-a-jwt");
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_TheRefreshTokenIsSentAsBearer()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();

        await ShouldBeRejectedAsync(tokens.RefreshToken);
    }

    /// <summary>A user with a live login session, so each crafted token below differs from an accepted one in one thing only.</summary>
    private async Task<(TestUser User, Guid Session)> SessionAsync()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        return (user, TestTokens.SessionOf(tokens.AccessToken));
    }

    private async Task ShouldBeRejectedAsync(string token)
    {
        using var client = factory.CreateClient(token);
        using var response = await client.GetAsync(Me);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ShouldNotBeEmpty();
    }
}
