using AirbnbClone.Application.Properties.CreateProperty;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.CreateProperty;

public abstract class CreatePropertyCommandHandlerTestBase : PropertyHandlerTestBase
{
    protected CreatePropertyCommandHandlerTestBase() => SignInAsHost();

    private protected CreatePropertyCommandHandler Handler() => new(Properties, Users, CurrentUser, UnitOfWork, Mapper, Clock);
}
