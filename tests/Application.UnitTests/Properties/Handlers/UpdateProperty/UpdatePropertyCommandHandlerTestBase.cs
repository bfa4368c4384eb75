using AirbnbClone.Application.Properties.UpdateProperty;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.UpdateProperty;

public abstract class UpdatePropertyCommandHandlerTestBase : PropertyHandlerTestBase
{
    private protected UpdatePropertyCommandHandler Handler() => new(Properties, Users, CurrentUser, UnitOfWork, Mapper, Preconditions, Clock);
}
