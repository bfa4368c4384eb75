using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Properties;

public class PropertyBlocks
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2030, 1, 1);

    private static Property NewProperty() =>
        Property.Create(Guid.NewGuid(), PropertyDetails.Create(PropertyDetailsCreate.Valid()).Value, Now);

    private static DateRange Range(int from, int to) => DateRange.Create(Today.AddDays(from), Today.AddDays(to)).Value;

    [Fact]
    public void AddBlock_Should_AddTheRange_When_ItIsFree()
    {
        var property = NewProperty();

        var block = property.AddBlock(Range(2, 5), Today, Now);

        block.IsSuccess.ShouldBeTrue();
        property.Blocks.Count.ShouldBe(1);
        block.Value.StartDate.ShouldBe(Today.AddDays(2));
        block.Value.EndDate.ShouldBe(Today.AddDays(5));
    }

    [Fact]
    public void AddBlock_Should_Fail_When_ItOverlapsAnotherBlock()
    {
        var property = NewProperty();
        property.AddBlock(Range(2, 5), Today, Now);

        property.AddBlock(Range(4, 6), Today, Now).Error.ShouldBe(PropertyErrors.BlockOverlapsBlock);
    }

    [Fact]
    public void AddBlock_Should_Succeed_When_ItTouchesAnotherBlockAtItsEnd()
    {
        var property = NewProperty();
        property.AddBlock(Range(2, 5), Today, Now);

        property.AddBlock(Range(5, 7), Today, Now).IsSuccess.ShouldBeTrue();
        property.AddBlock(Range(0, 2), Today, Now).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void AddBlock_Should_Fail_When_ItStartsBeforeToday() =>
        NewProperty().AddBlock(Range(-1, 3), Today, Now).Error.ShouldBe(PropertyErrors.BlockInPast);

    [Fact]
    public void AddBlock_Should_Fail_When_ItIsLongerThanTheMaximum()
    {
        NewProperty().AddBlock(Range(0, Property.MaxBlockNights + 1), Today, Now).Error.ShouldBe(PropertyErrors.BlockTooLong);
        NewProperty().AddBlock(Range(0, Property.MaxBlockNights), Today, Now).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void RemoveBlock_Should_FailWithNotFound_When_TheBlockIsUnknown() =>
        NewProperty().RemoveBlock(Guid.NewGuid(), Now).Error.ShouldBe(PropertyErrors.BlockNotFound);

    [Fact]
    public void RemoveBlock_Should_RemoveIt_When_ItExists()
    {
        var property = NewProperty();
        var block = property.AddBlock(Range(2, 5), Today, Now).Value;

        property.RemoveBlock(block.Id, Now).IsSuccess.ShouldBeTrue();

        property.Blocks.ShouldBeEmpty();
    }

    [Fact]
    public void Unlist_Should_ChangeStatusAndBeIdempotent_When_Called()
    {
        var property = NewProperty();
        property.Status.ShouldBe(PropertyStatus.Listed);

        property.Unlist(Now);
        property.Unlist(Now);

        property.Status.ShouldBe(PropertyStatus.Unlisted);
        property.Relist(Now);
        property.Status.ShouldBe(PropertyStatus.Listed);
    }

    [Fact]
    public void IsManagedBy_Should_AllowOnlyTheHostAndAdmins_When_Asked()
    {
        var hostId = Guid.NewGuid();
        var property = Property.Create(hostId, PropertyDetails.Create(PropertyDetailsCreate.Valid()).Value, Now);

        property.IsManagedBy(hostId, isAdmin: false).ShouldBeTrue();
        property.IsManagedBy(Guid.NewGuid(), isAdmin: true).ShouldBeTrue();
        property.IsManagedBy(Guid.NewGuid(), isAdmin: false).ShouldBeFalse();
    }

    [Fact]
    public void IsoCodes_Should_HoldTheFullLists_When_Loaded()
    {
        IsoCodes.Countries.Count.ShouldBe(249);
        IsoCodes.IsCountry("GB").ShouldBeTrue();
        IsoCodes.IsCountry("UK").ShouldBeFalse();
        IsoCodes.IsCurrency("USD").ShouldBeTrue();
        Amenities.Catalogue.Count.ShouldBe(20);
    }
}
