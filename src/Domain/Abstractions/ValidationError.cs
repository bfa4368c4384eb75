namespace AirbnbClone.Domain.Abstractions;

/// <summary>A validation failure that names every offending field at once.</summary>
public sealed record ValidationError(IReadOnlyDictionary<string, string[]> Errors)
    : Error("Validation.Failed", "One or more fields are invalid.", ErrorType.Validation)
{
    public static ValidationError ForField(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
