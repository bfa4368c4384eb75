using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Users;

/// <summary>POST /api/v1/users.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class RegisterUserTests(ApiFactory factory)
{
    private const string Path = "/api/v1/users";
    private const string Password = "Correct-Horse-42";

    private static string NewEmail() => $"reg-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task PostUsers_Should_Return201WithLocationAndUserShape_When_BodyIsValid()
    {
        using var client = factory.CreateClient();
        var email = NewEmail();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = email.ToUpperInvariant(),
            password = Password,
            firstName = "Ada",
            lastName = "Lovelace",
            phoneNumber = "+44 20 7946 0000",
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var user = body.RootElement;
        var id = user.GetProperty("id").GetGuid();
        id.ShouldNotBe(Guid.Empty);
        user.GetProperty("email").GetString().ShouldBe(email);
        user.GetProperty("firstName").GetString().ShouldBe("Ada");
        user.GetProperty("lastName").GetString().ShouldBe("Lovelace");
        user.GetProperty("phoneNumber").GetString().ShouldBe("+44 20 7946 0000");
        user.GetProperty("role").GetString().ShouldBe("guest");
        user.GetProperty("createdAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2));
        user.TryGetProperty("password", out _).ShouldBeFalse();
        user.TryGetProperty("passwordHash", out _).ShouldBeFalse();
        response.Headers.Location.ShouldNotBeNull();
        response.Headers.Location.OriginalString.ShouldEndWith($"/api/v1/users/{id}");
    }

    [Fact]
    public async Task PostUsers_Should_CreateAHost_When_RoleIsHost()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = NewEmail(), password = Password, firstName = "Hal", lastName = "Host", role = "host",
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<UserBody>())!.Role.ShouldBe("host");
    }

    [Fact]
    public async Task PostUsers_Should_Return409EmailTaken_When_EmailExistsInOtherLetterCase()
    {
        var existing = await factory.RegisterAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = existing.Email.ToUpperInvariant(), password = Password, firstName = "Copy", lastName = "Cat",
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "User.EmailTaken");
    }

    [Fact]
    public async Task PostUsers_Should_Return400WithRoleError_When_RoleIsAdmin()
    {
        using var client = factory.CreateClient();
        var email = NewEmail();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email, password = Password, firstName = "Eve", lastName = "Admin", role = "admin",
        });

        await response.ShouldBeValidationProblemAsync("role");
        await ShouldNotBeAbleToLogInAsync(email, Password);
    }

    [Theory]
    [InlineData("superuser")]
    [InlineData("Admin")]
    [InlineData("")]
    public async Task PostUsers_Should_Return400WithRoleError_When_RoleIsUnknown(string role)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = NewEmail(), password = Password, firstName = "Eve", lastName = "Other", role,
        });

        await response.ShouldBeValidationProblemAsync("role");
    }

    [Fact]
    public async Task PostUsers_Should_Return400WithPasswordError_When_PasswordHasNineCharacters()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = NewEmail(), password = "Abcdefg1!", firstName = "Short", lastName = "Password",
        });

        await response.ShouldBeValidationProblemAsync("password");
    }

    [Fact]
    public async Task PostUsers_Should_Return201_When_PasswordHasTenCharacters()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = NewEmail(), password = "Abcdefg12!", firstName = "Exact", lastName = "Minimum",
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PostUsers_Should_Return400WithPasswordError_When_PasswordContainsEmailLocalPart()
    {
        using var client = factory.CreateClient();
        var local = $"jane{Guid.NewGuid():N}"[..16];

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = $"{local}@example.com", password = $"My-{local.ToUpperInvariant()}-pass", firstName = "Jane", lastName = "Doe",
        });

        await response.ShouldBeValidationProblemAsync("password");
    }

    [Fact]
    public async Task PostUsers_Should_Return400NamingEveryField_When_AllRequiredFieldsAreMissing()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { });

        await response.ShouldBeValidationProblemAsync("email", "password", "firstName", "lastName");
    }

    [Fact]
    public async Task PostUsers_Should_Return400WithPasswordError_When_OnlyPasswordIsMissing()
    {
        using var client = factory.CreateClient();
        var email = NewEmail();

        using var response = await client.PostAsJsonAsync(Path, new { email, firstName = "No", lastName = "Password" });

        await response.ShouldBeValidationProblemAsync("password");
        await ShouldNotBeAbleToLogInAsync(email, Password);
    }

    [Fact]
    public async Task PostUsers_Should_Return400NamingEachInvalidField_When_ValuesAreMalformed()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new
        {
            email = "not-an-email", password = Password, firstName = "   ", lastName = new string('x', 101), phoneNumber = "call me",
        });

        await response.ShouldBeValidationProblemAsync("email", "firstName", "lastName", "phoneNumber");
    }

    [Fact]
    public async Task PostUsers_Should_Return400MalformedJson_When_BodyIsNotJson()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("{\"email\": \"a@b.co\", ", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(Path, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.MalformedJson");
    }

    [Fact]
    public async Task PostUsers_Should_Return400MalformedJson_When_FieldHasWrongJsonType()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(
            """{"email": 5, "password": "Correct-Horse-42", "firstName": "A", "lastName": "B"}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(Path, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.MalformedJson");
    }

    [Fact]
    public async Task PostUsers_Should_Return413_When_BodyIsOverOneMebibyte()
    {
        using var client = factory.CreateClient();
        var padding = new string('a', (1024 * 1024) + 10);
        using var content = new StringContent(
            $$"""{"email": "{{NewEmail()}}", "password": "Correct-Horse-42", "firstName": "Big", "lastName": "{{padding}}"}""",
            Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync(Path, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "Request.BodyTooLarge");
    }

    [Fact]
    public async Task PostUsers_Should_Return400_When_BodyIsEmpty()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(string.Empty, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(Path, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostUsers_Should_Return4xxProblem_When_ThereIsNoBodyAtAll()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Path, content: null);

        var status = (int)response.StatusCode;
        status.ShouldBeInRange(400, 499, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe(HttpAssertions.ProblemJson);
    }

    [Fact]
    public async Task PostUsers_Should_Return415_When_ContentTypeIsNotJson()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(
            """{"email": "x@example.com", "password": "Correct-Horse-42", "firstName": "A", "lastName": "B"}""", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(Path, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PostUsers_Should_IgnoreUnknownFields_When_BodyCarriesIdCreatedAtOrDeletedAt()
    {
        using var client = factory.CreateClient();
        var chosenId = Guid.NewGuid();
        var email = NewEmail();
        using var content = new StringContent(
            $$"""
            {
              "id": "{{chosenId}}", "createdAt": "2001-01-01T00:00:00Z", "deletedAt": "2001-01-01T00:00:00Z",
              "passwordHash": "x", "isDeleted": true,
              "email": "{{email}}", "password": "Correct-Horse-42", "firstName": "Mass", "lastName": "Assign"
            }
            """,
            Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync(Path, content);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var user = (await response.Content.ReadFromJsonAsync<UserBody>())!;
        user.Id.ShouldNotBe(chosenId);
        user.CreatedAt.Year.ShouldBeGreaterThan(2001);
        var tokens = await factory.LoginAsync(email, "Correct-Horse-42");
        using var authed = factory.CreateClient(tokens.AccessToken);
        using var me = await authed.GetAsync("/api/v1/users/me");
        await me.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await me.Content.ReadFromJsonAsync<UserBody>())!.Id.ShouldBe(user.Id);
    }

    [Fact]
    public async Task PostUsers_Should_CreateExactlyOneAccount_When_TwentyRegistrationsOfOneEmailRace()
    {
        var email = NewEmail();
        using var client = factory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PostAsJsonAsync(Path, new
        {
            email = i % 2 == 0 ? email : email.ToUpperInvariant(),
            password = Password,
            firstName = "Racer",
            lastName = $"No{i}",
        })));
        try
        {
            var statuses = responses.Select(r => (int)r.StatusCode).ToList();
            statuses.Count(s => s == 201).ShouldBe(1, string.Join(",", statuses));
            statuses.Count(s => s == 409).ShouldBe(19, string.Join(",", statuses));
            foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            {
                await conflict.ShouldBeProblemAsync(HttpStatusCode.Conflict, "User.EmailTaken");
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    private async Task ShouldNotBeAbleToLogInAsync(string email, string password)
    {
        using var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
    }
}
