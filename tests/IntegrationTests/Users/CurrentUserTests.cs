using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Users;

/// <summary>GET and PATCH /api/v1/users/me.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class CurrentUserTests(ApiFactory factory)
{
    private const string Me = "/api/v1/users/me";

    [Fact]
    public async Task GetMe_Should_ReturnOwnProfileWithEmailAndPhone_When_Authenticated()
    {
        var user = await factory.RegisterAsync(phoneNumber: "+1 555 010 9999");
        var tokens = await factory.LoginAsync(user);
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.GetAsync(Me);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var me = (await response.Content.ReadFromJsonAsync<UserBody>())!;
        me.Id.ShouldBe(user.Id);
        me.Email.ShouldBe(user.Email);
        me.PhoneNumber.ShouldBe("+1 555 010 9999");
        me.Role.ShouldBe("guest");
    }

    [Fact]
    public async Task GetMe_Should_Return401_When_NoTokenIsSent()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(Me);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.Required");
    }

    [Fact]
    public async Task PatchMe_Should_UpdateNamesAndPhone_When_ValuesAreValid()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { firstName = "  Grace ", lastName = "Hopper", phoneNumber = "+1 (555) 123-4567" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var updated = (await response.Content.ReadFromJsonAsync<UserBody>())!;
        updated.FirstName.ShouldBe("Grace");
        updated.LastName.ShouldBe("Hopper");
        updated.PhoneNumber.ShouldBe("+1 (555) 123-4567");
        var reread = await GetMeAsync(client);
        reread.FirstName.ShouldBe("Grace");
        reread.LastName.ShouldBe("Hopper");
        reread.PhoneNumber.ShouldBe("+1 (555) 123-4567");
    }

    [Fact]
    public async Task PatchMe_Should_KeepOmittedFields_When_OnlyOneFieldIsSent()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync(phoneNumber: "+33 1 23 45 67 89");
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { lastName = "Changed" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var reread = await GetMeAsync(client);
        reread.FirstName.ShouldBe("Test");
        reread.LastName.ShouldBe("Changed");
        reread.PhoneNumber.ShouldBe("+33 1 23 45 67 89");
    }

    [Fact]
    public async Task PatchMe_Should_RemovePhone_When_PhoneNumberIsEmptyString()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync(phoneNumber: "+33 1 23 45 67 89");
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { phoneNumber = string.Empty });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await GetMeAsync(client)).PhoneNumber.ShouldBeNull();
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("phone me")]
    [InlineData("+1 555 0100 0100 0100 0100 0100")]
    public async Task PatchMe_Should_Return400NamingPhoneNumber_When_PhoneIsInvalid(string phoneNumber)
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync(phoneNumber: "+33 1 23 45 67 89");
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { phoneNumber });

        await response.ShouldBeValidationProblemAsync("phoneNumber");
        (await GetMeAsync(client)).PhoneNumber.ShouldBe("+33 1 23 45 67 89");
    }

    [Fact]
    public async Task PatchMe_Should_Return400NamingFirstName_When_ItIsBlank()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { firstName = "   " });

        await response.ShouldBeValidationProblemAsync("firstName");
        (await GetMeAsync(client)).FirstName.ShouldBe("Test");
    }

    [Fact]
    public async Task PatchMe_Should_Return400AndKeepThePassword_When_CurrentPasswordIsWrong()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { currentPassword = "Not-My-Password-1", newPassword = "Brand-New-Secret-9" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "User.CurrentPasswordWrong");
        await factory.LoginAsync(user);
        await ShouldRefuseLoginAsync(user.Email, "Brand-New-Secret-9");
    }

    [Fact]
    public async Task PatchMe_Should_ChangeNothing_When_NamesComeWithAWrongCurrentPassword()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync(phoneNumber: "+33 1 23 45 67 89");
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new
        {
            firstName = "Changed", phoneNumber = string.Empty, currentPassword = "Not-My-Password-1", newPassword = "Brand-New-Secret-9",
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "User.CurrentPasswordWrong");
        var reread = await GetMeAsync(client);
        reread.FirstName.ShouldBe("Test");
        reread.PhoneNumber.ShouldBe("+33 1 23 45 67 89");
    }

    [Fact]
    public async Task PatchMe_Should_Return429AndLockLogin_When_TenWrongCurrentPasswordsWereTried()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await client.PatchAsJsonAsync(Me, new { currentPassword = $"Guess-Number-{i}", newPassword = "Brand-New-Secret-9" });
            await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "User.CurrentPasswordWrong");
        }

        using var right = await client.PatchAsJsonAsync(Me, new { currentPassword = user.Password, newPassword = "Brand-New-Secret-9" });
        using var anonymous = factory.CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password });

        await right.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
        right.RetryAfter().ShouldNotBeNullOrWhiteSpace();
        await login.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
        using var names = await client.PatchAsJsonAsync(Me, new { firstName = "StillAllowed" });
        await names.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PatchMe_Should_Return400NamingCurrentPassword_When_NewPasswordComesWithoutIt()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { newPassword = "Brand-New-Secret-9" });

        await response.ShouldBeValidationProblemAsync("currentPassword");
        await factory.LoginAsync(user);
    }

    [Fact]
    public async Task PatchMe_Should_Return400NamingNewPassword_When_NewPasswordIsTooShort()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { currentPassword = user.Password, newPassword = "short" });

        await response.ShouldBeValidationProblemAsync("newPassword");
        await factory.LoginAsync(user);
    }

    [Fact]
    public async Task PatchMe_Should_ChangePasswordAndRevokeSessions_When_CurrentPasswordIsRight()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        var otherSession = await factory.LoginAsync(user);
        using var client = factory.CreateClient(tokens.AccessToken);
        const string newPassword = "Brand-New-Secret-9";

        using var response = await client.PatchAsJsonAsync(Me, new { currentPassword = user.Password, newPassword });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await factory.LoginAsync(user.Email, newPassword)).AccessToken.ShouldNotBeNullOrWhiteSpace();
        await ShouldRefuseLoginAsync(user.Email, user.Password);
        using var anonymous = factory.CreateClient();
        foreach (var refreshToken in new[] { tokens.RefreshToken, otherSession.RefreshToken })
        {
            using var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
            await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidRefreshToken");
        }
    }

    [Fact]
    public async Task PatchMe_Should_NotChangeRole_When_BodyAsksForAdmin()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync(Me, new { role = "admin", firstName = "Sneaky" });

        ((int)response.StatusCode).ShouldBeLessThan(500);
        (await GetMeAsync(client)).Role.ShouldBe("guest");
        var fresh = await factory.LoginAsync(user);
        TestTokens.Payload(fresh.AccessToken).ShouldContain("\"role\":\"guest\"");
        using var asFresh = factory.CreateClient(fresh.AccessToken);
        using var list = await asFresh.GetAsync("/api/v1/users");
        await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PatchMe_Should_NotChangeEmail_When_BodyCarriesAnotherEmail()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        var other = $"moved-{Guid.NewGuid():N}@example.com";

        using var response = await client.PatchAsJsonAsync(Me, new { email = other });

        ((int)response.StatusCode).ShouldBeLessThan(500);
        (await GetMeAsync(client)).Email.ShouldBe(user.Email);
        await factory.LoginAsync(user);
        await ShouldRefuseLoginAsync(other, user.Password);
    }

    [Fact]
    public async Task PatchMe_Should_Return401_When_NoTokenIsSent()
    {
        using var client = factory.CreateClient();

        using var response = await client.PatchAsJsonAsync(Me, new { firstName = "Nobody" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PatchMe_Should_Return400MalformedJson_When_FieldHasWrongJsonType()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        using var content = new StringContent("""{"firstName": {"nested": true}}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PatchAsync(Me, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.MalformedJson");
    }

    private static async Task<UserBody> GetMeAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Me);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<UserBody>(JsonSerializerOptions.Web))!;
    }

    private async Task ShouldRefuseLoginAsync(string email, string password)
    {
        using var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
    }
}
