using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Domain.UnitTests.Users;

public class UserUpdateProfile
{
    private static readonly DateTimeOffset Later = UserFactory.Now.AddHours(5);

    [Fact]
    public void UpdateProfile_Should_ChangeTrimmedNamesAndPhone_When_AllAreGiven()
    {
        var user = UserFactory.Guest();

        var result = user.UpdateProfile(" Alicia ", " Dupont ", " 0712345678 ", phoneNumberGiven: true, Later);

        result.IsSuccess.ShouldBeTrue();
        user.FirstName.ShouldBe("Alicia");
        user.LastName.ShouldBe("Dupont");
        user.PhoneNumber.ShouldBe("0712345678");
        user.UpdatedAt.ShouldBe(Later);
        user.CreatedAt.ShouldBe(UserFactory.Now);
    }

    [Fact]
    public void UpdateProfile_Should_LeaveFieldsAsTheyAre_When_TheyAreNullAndPhoneIsNotGiven()
    {
        var user = UserFactory.Guest();

        var result = user.UpdateProfile(null, null, null, phoneNumberGiven: false, Later);

        result.IsSuccess.ShouldBeTrue();
        user.FirstName.ShouldBe("Alice");
        user.LastName.ShouldBe("Martin");
        user.PhoneNumber.ShouldBe("+33 6 12 34 56 78");
    }

    [Fact]
    public void UpdateProfile_Should_ChangeOnlyTheFirstName_When_OnlyItIsGiven()
    {
        var user = UserFactory.Guest();

        user.UpdateProfile("Alicia", null, null, phoneNumberGiven: false, Later).IsSuccess.ShouldBeTrue();

        user.FirstName.ShouldBe("Alicia");
        user.LastName.ShouldBe("Martin");
        user.PhoneNumber.ShouldBe("+33 6 12 34 56 78");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void UpdateProfile_Should_ClearThePhone_When_PhoneIsGivenBlank(string phone)
    {
        var user = UserFactory.Guest();

        user.UpdateProfile(null, null, phone, phoneNumberGiven: true, Later).IsSuccess.ShouldBeTrue();

        user.PhoneNumber.ShouldBeNull();
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(null, "   ")]
    [InlineData("Alicia", "")]
    public void UpdateProfile_Should_FailWithInvalidNameAndChangeNothing_When_ANameIsBlank(string? firstName, string? lastName)
    {
        var user = UserFactory.Guest();

        var result = user.UpdateProfile(firstName, lastName, "0712345678", phoneNumberGiven: true, Later);

        result.Error.ShouldBe(UserErrors.InvalidName);
        AssertUnchanged(user);
    }

    [Fact]
    public void UpdateProfile_Should_FailWithInvalidNameAndChangeNothing_When_ANameIsTooLong()
    {
        var user = UserFactory.Guest();

        var result = user.UpdateProfile("Alicia", new string('x', 101), null, phoneNumberGiven: false, Later);

        result.Error.ShouldBe(UserErrors.InvalidName);
        AssertUnchanged(user);
    }

    [Fact]
    public void UpdateProfile_Should_FailWithInvalidPhoneNumberAndChangeNothing_When_PhoneIsMalformed()
    {
        var user = UserFactory.Guest();

        var result = user.UpdateProfile("Alicia", "Dupont", "not a phone", phoneNumberGiven: true, Later);

        result.Error.ShouldBe(UserErrors.InvalidPhoneNumber);
        AssertUnchanged(user);
    }

    [Fact]
    public void UpdateProfile_Should_RaiseFirstNameChanged_When_TheFirstNameChanges()
    {
        var user = UserFactory.Guest();

        user.UpdateProfile("Alicia", null, null, phoneNumberGiven: false, Later);

        user.DomainEvents.ShouldBe([new UserFirstNameChangedDomainEvent(user.Id, user.Role)]);
    }

    [Theory]
    [InlineData(null, "Martinez")]
    [InlineData(" Alice ", null)]
    public void UpdateProfile_Should_RaiseNothing_When_TheFirstNameStaysTheSame(string? firstName, string? lastName)
    {
        var user = UserFactory.Guest();

        user.UpdateProfile(firstName, lastName, null, phoneNumberGiven: false, Later).IsSuccess.ShouldBeTrue();

        user.DomainEvents.ShouldBeEmpty();
    }

    private static void AssertUnchanged(User user)
    {
        user.FirstName.ShouldBe("Alice");
        user.LastName.ShouldBe("Martin");
        user.PhoneNumber.ShouldBe("+33 6 12 34 56 78");
        user.UpdatedAt.ShouldBe(UserFactory.Now);
    }
}
