using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.AddPropertyBlock;
using AirbnbClone.Application.Properties.CreateProperty;
using AirbnbClone.Application.Properties.PatchProperty;
using AirbnbClone.Application.Properties.UpdateProperty;
using AirbnbClone.Application.UnitTests.TestDoubles;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers;

/// <summary>The listing commands' validators: shape only, every broken detail rule reported under its JSON name.</summary>
public class PropertyCommandValidatorRules
{
    private static readonly DateOnly Start = new(2026, 7, 1);

    [Fact]
    public void CreateAndUpdate_Should_Pass_When_TheBodyIsComplete()
    {
        new CreatePropertyCommandValidator().TestValidate(new CreatePropertyCommand(TestListings.Body())).ShouldNotHaveAnyValidationErrors();
        new UpdatePropertyCommandValidator().TestValidate(new UpdatePropertyCommand(Guid.NewGuid(), TestListings.Body())).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Create_Should_ReportEveryBrokenDetailByItsFieldName_When_SeveralAreWrong()
    {
        var body = TestListings.Body() with { Title = "", MaxGuests = 0, PricePerNight = -1m };

        var result = new CreatePropertyCommandValidator().TestValidate(new CreatePropertyCommand(body));

        result.Errors.Select(e => e.PropertyName).ShouldBe(["title", "pricePerNight", "maxGuests"], ignoreOrder: true);
    }

    [Fact]
    public void Update_Should_ReportMissingRequiredDetails_When_TheBodyIsEmpty()
    {
        var result = new UpdatePropertyCommandValidator().TestValidate(new UpdatePropertyCommand(Guid.NewGuid(), new PropertyBody()));

        result.Errors.ShouldNotBeEmpty();
        result.Errors.Select(e => e.PropertyName).ShouldContain("title");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("listed", true)]
    [InlineData("unlisted", true)]
    [InlineData("hidden", false)]
    [InlineData("LISTED ", false)]
    public void Patch_Should_AcceptOnlyKnownStatuses_When_AStatusIsGiven(string? status, bool valid)
    {
        var result = new PatchPropertyCommandValidator().TestValidate(new PatchPropertyCommand(Guid.NewGuid(), new PropertyBody { Status = status }));

        result.IsValid.ShouldBe(valid);
        if (!valid)
        {
            result.Errors.Single().PropertyName.ShouldBe("status");
        }
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(0, 366, true)]
    [InlineData(0, 367, false)]
    [InlineData(0, 0, false)]
    [InlineData(3, 1, false)]
    public void AddBlock_Should_AcceptOnlyForwardRangesUpToTheMaximum(int startOffset, int endOffset, bool valid)
    {
        var command = new AddPropertyBlockCommand(Guid.NewGuid(), Start.AddDays(startOffset), Start.AddDays(endOffset));

        var result = new AddPropertyBlockCommandValidator().TestValidate(command);

        result.IsValid.ShouldBe(valid);
        if (!valid)
        {
            result.ShouldHaveValidationErrorFor(c => c.End);
        }
    }

    [Fact]
    public void AddBlock_Should_NameBothDates_When_BothAreMissing()
    {
        var result = new AddPropertyBlockCommandValidator().TestValidate(new AddPropertyBlockCommand(Guid.NewGuid(), null, null));

        result.ShouldHaveValidationErrorFor(c => c.Start);
        result.ShouldHaveValidationErrorFor(c => c.End);
    }
}
