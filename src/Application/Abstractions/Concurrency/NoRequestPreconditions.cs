namespace AirbnbClone.Application.Abstractions.Concurrency;

/// <summary>Where no HTTP request states preconditions (the job worker, tools): every write is unconditional.</summary>
internal sealed class NoRequestPreconditions : IRequestPreconditions
{
    public bool IfMatchFails(string? currentEntityTag) => false;
}
