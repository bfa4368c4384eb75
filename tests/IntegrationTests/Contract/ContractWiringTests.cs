using System.Net;
using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Sdk;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>Every client the fixture hands out checks responses against the served document, unless a request opts out.</summary>
[Collection(ContractTestGroup.Name)]
public sealed class ContractWiringTests(ContractApiFactory factory)
{
    [Fact]
    public async Task CreateClient_Should_FailTheRequest_When_TheResponseIsNotInTheDocument()
    {
        using var client = factory.CreateClient();

        var failure = await Should.ThrowAsync<XunitException>(() => client.GetAsync(new Uri(ContractApiFactory.ProbePath, UriKind.Relative)));

        failure.Message.ShouldContain($"GET {ContractApiFactory.ProbePath} -> 200: 'path'");
        failure.Message.ShouldContain("the path is not documented");
    }

    [Fact]
    public async Task EveryClientOverload_Should_CheckResponses_When_Used()
    {
        var tokens = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        using var withToken = factory.CreateClient(tokens.AccessToken);
        using var withOptions = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        foreach (var client in new[] { withToken, withOptions })
        {
            await Should.ThrowAsync<XunitException>(() => client.GetAsync(new Uri(ContractApiFactory.ProbePath, UriKind.Relative)));
        }
    }

    [Fact]
    public async Task WithoutContractCheck_Should_LetTheResponseThrough_When_ARequestOptsOut()
    {
        using var client = factory.CreateClient();
        using var request = ContractValidationHandler.WithoutContractCheck(
            new HttpRequestMessage(HttpMethod.Get, new Uri(ContractApiFactory.ProbePath, UriKind.Relative)), "proves the opt-out");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreateClient_Should_PassAConformingResponse_When_TheDocumentDescribesIt()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/properties/amenities", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotBeNullOrWhiteSpace("the checked body can still be read");
    }
}
