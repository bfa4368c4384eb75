namespace AirbnbClone.Application.Abstractions.Concurrency;

/// <summary>
/// The preconditions a request states about the resource it changes (HTTP <c>If-Match</c>). A command checks them
/// while it holds the row's lock, so the check and the write are one step: of two writes made with the same tag,
/// exactly one succeeds.
/// </summary>
public interface IRequestPreconditions
{
    /// <summary>
    /// True when the request names tags and none is <paramref name="currentEntityTag"/> (strong comparison); false when it
    /// names none (the write is unconditional) or one matches.
    /// </summary>
    bool IfMatchFails(string? currentEntityTag);
}
