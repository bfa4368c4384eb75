using System.Runtime.CompilerServices;
using FluentValidation;

namespace AirbnbClone.Application.UnitTests.TestDoubles;

internal static class ValidatorDefaults
{
    // AddApplication sets this process-wide; set it before any test so validator tests do not depend on
    // whether a pipeline test happened to run first.
#pragma warning disable CA2255 // a test assembly is the intended user of a module initializer here
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseProductionCascadeMode() =>
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
}
