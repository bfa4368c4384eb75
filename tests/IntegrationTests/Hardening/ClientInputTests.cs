using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Bookings;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Hardening;

/// <summary>
/// Inputs that answered 500 when probed from outside (issue 10, defect 2): each is now a 4xx problem naming what was
/// wrong. The calendar windows among them are cases of BlocksAndAvailabilityTests' invalid-range theory.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ClientInputTests(ApiFactory factory)
{
    [Fact]
    public async Task Availability_Should_StartToday_When_OnlyAFutureToIsGiven()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();

        var days = (await anonymous.GetJsonAsync($"{Api}/{id}/availability?to={Date(Today.AddDays(10))}")).GetProperty("days");

        days.GetArrayLength().ShouldBe(10);
    }

    [Theory]
    [InlineData("9999-12-20", "9999-12-25")]
    [InlineData("9999-12-30", "9999-12-31")]
    public async Task Booking_Should_AnswerAClientError_When_TheDatesAreInYear9999(string checkIn, string checkOut)
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.PostAsJsonAsync(BookingTestKit.BookingsApi, new { propertyId, checkIn, checkOut, guests = 2 });

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task BookingChange_Should_AnswerAClientError_When_TheNewDatesAreInYear9999()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        var booking = await guest.BookOkAsync(propertyId, 10, 12);

        using var response = await guest.PatchAsJsonAsync($"{BookingTestKit.BookingsApi}/{booking.GetProperty("id").GetGuid()}", new { checkIn = "9999-12-20", checkOut = "9999-12-25" });

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Api_Should_Answer401_When_AValidlySignedTokenHasASubjectThatIsNotAUserId()
    {
        // A live session, so the subject is the one thing wrong with the token.
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(TestTokens.CreateForSubject(factory.SigningKey, "not-a-uuid", sessionId: TestTokens.SessionOf(tokens.AccessToken)));

        using var me = await client.GetAsync("/api/v1/users/me");
        using var booking = await client.PostAsJsonAsync(BookingTestKit.BookingsApi, new { propertyId = Guid.NewGuid(), checkIn = Date(Today.AddDays(5)), checkOut = Date(Today.AddDays(7)), guests = 1 });

        await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await booking.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
