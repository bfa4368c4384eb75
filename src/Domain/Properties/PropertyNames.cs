namespace AirbnbClone.Domain.Properties;

public static class PropertyNames
{
    public const string Flexible = "flexible";
    public const string Moderate = "moderate";
    public const string Strict = "strict";
    public const string Listed = "listed";
    public const string Unlisted = "unlisted";

    public static string ToName(this CancellationPolicy policy) => policy switch
    {
        CancellationPolicy.Flexible => Flexible,
        CancellationPolicy.Moderate => Moderate,
        CancellationPolicy.Strict => Strict,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown cancellation policy."),
    };

    public static bool TryParsePolicy(string? name, out CancellationPolicy policy)
    {
        switch (name)
        {
            case Flexible: policy = CancellationPolicy.Flexible; return true;
            case Moderate: policy = CancellationPolicy.Moderate; return true;
            case Strict: policy = CancellationPolicy.Strict; return true;
            default: policy = CancellationPolicy.Flexible; return false;
        }
    }

    public static string ToName(this PropertyStatus status) => status switch
    {
        PropertyStatus.Listed => Listed,
        PropertyStatus.Unlisted => Unlisted,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static bool TryParseStatus(string? name, out PropertyStatus status)
    {
        switch (name)
        {
            case Listed: status = PropertyStatus.Listed; return true;
            case Unlisted: status = PropertyStatus.Unlisted; return true;
            default: status = PropertyStatus.Listed; return false;
        }
    }
}
