using AirbnbClone.Application.Notifications;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.UnitTests.Notifications;

public class EmailTemplatesContent
{
    private static readonly Guid BookingId = Guid.Parse("01939a3e-0000-7000-8000-000000000001");

    private static readonly StayFacts Stay = new(BookingId, "Sea-view loft", new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 13), 2);

    private static Money Eur(decimal amount) => Money.Create(amount, "EUR").Value;

    [Fact]
    public void Welcome_Should_GreetByNameAndNameTheAddress_When_Rendered()
    {
        var email = EmailTemplates.Welcome("Ada", "ada@example.com");

        email.Subject.ShouldBe("Welcome to AirbnbClone");
        email.Body.ShouldStartWith("Hello Ada,\n");
        email.Body.ShouldContain("ada@example.com");
        email.Body.ShouldEndWith(EmailTemplates.Signature + "\n");
    }

    [Fact]
    public void BookingRequested_Should_GiveTheHostEveryFactAndTheDeadline_When_Rendered()
    {
        var email = EmailTemplates.BookingRequested("Hal", "Grace Hopper", Stay, Eur(540), new DateTimeOffset(2026, 6, 2, 9, 30, 0, TimeSpan.Zero));

        email.Subject.ShouldBe("Booking request from Grace Hopper: Sea-view loft, Fri 10 Jul 2026 - Mon 13 Jul 2026");
        email.Body.ShouldContain("Check-in: Fri 10 Jul 2026");
        email.Body.ShouldContain("Check-out: Mon 13 Jul 2026 (3 nights)");
        email.Body.ShouldContain("Guests: 2");
        email.Body.ShouldContain($"Booking reference: {BookingId}");
        email.Body.ShouldContain("Your payout: 540.00 EUR");
        email.Body.ShouldContain("by Tue 2 Jun 2026 09:30 UTC");
    }

    [Fact]
    public void BookingConfirmed_Should_IncludeAddressAndTotal_When_Rendered()
    {
        var email = EmailTemplates.BookingConfirmed("Grace", "Hal", Stay, "1 Quai Rauba-Capeu, 06300 Nice, France", Eur(612.5m));

        email.Subject.ShouldBe("Confirmed: Sea-view loft, Fri 10 Jul 2026 - Mon 13 Jul 2026");
        email.Body.ShouldContain("Address: 1 Quai Rauba-Capeu, 06300 Nice, France");
        email.Body.ShouldContain("Total: 612.50 EUR");
        email.Body.ShouldContain("Your host is Hal.");
    }

    [Fact]
    public void DeclinedAndExpired_Should_SayNothingWasCharged_When_Rendered()
    {
        EmailTemplates.BookingDeclined("Grace", Stay).Body.ShouldContain("You have not been charged.");
        var expired = EmailTemplates.BookingExpired("Grace", Stay, new DateTimeOffset(2026, 6, 3, 9, 30, 0, TimeSpan.Zero));
        expired.Body.ShouldContain("You have not been charged.");
        expired.Body.ShouldContain("expired on Wed 3 Jun 2026 09:30 UTC");
    }

    [Theory]
    [InlineData(0, "No refund is due")]
    [InlineData(300, "Refund: 300.00 EUR")]
    public void BookingCancelled_Should_StateTheRefund_When_Rendered(int refund, string expected)
    {
        var email = EmailTemplates.BookingCancelled("Grace", "the host", Stay, Eur(refund));

        email.Body.ShouldContain("cancelled by the host");
        email.Body.ShouldContain(expected);
    }

    [Theory]
    [InlineData(0, "The guest gets no refund")]
    [InlineData(300, "The guest is refunded 300.00 EUR")]
    public void BookingCancelled_Should_TellTheHostWhatTheGuestGetsBack_When_RenderedForTheHost(int refund, string expected)
    {
        var email = EmailTemplates.BookingCancelled("Hugo", "the guest", Stay, Eur(refund), toHost: true);

        email.Body.ShouldContain(expected);
        email.Body.ShouldNotContain("to the original payment method");
        email.Body.ShouldNotContain("No refund is due");
    }

    [Fact]
    public void Payments_Should_QuoteAmountsAndReferences_When_Rendered()
    {
        var receipt = EmailTemplates.PaymentSucceeded("Grace", Stay, Eur(612.5m), "credit_card", "pay_123", new DateTimeOffset(2026, 6, 2, 10, 0, 0, TimeSpan.Zero));
        var partial = EmailTemplates.PaymentRefunded("Grace", Stay, Eur(100), Eur(612.5m), "pay_123");
        var full = EmailTemplates.PaymentRefunded("Grace", Stay, Eur(612.5m), Eur(612.5m), "pay_123");

        receipt.Subject.ShouldBe("Receipt: 612.50 EUR for Sea-view loft");
        receipt.Body.ShouldContain("Payment reference: pay_123");
        receipt.Body.ShouldContain("Method: credit_card");
        partial.Body.ShouldContain("in part (of 612.50 EUR paid)");
        full.Body.ShouldContain("612.50 EUR in full");
    }

    [Fact]
    public void StayFacts_Should_SayOneNight_When_TheStayIsOneNight()
    {
        var email = EmailTemplates.BookingDeclined("Grace", Stay with { CheckOut = new DateOnly(2026, 7, 11) });

        email.Body.ShouldContain("(1 night)");
    }
}
