namespace AirbnbClone.Application.Abstractions.Concurrency;

/// <summary>A response whose strong ETag is known from its stored version (see <see cref="EntityTags"/>).</summary>
public interface IHasEntityTag
{
    /// <summary>The quoted strong entity tag, or null when the version is unknown.</summary>
    string? EntityTag { get; }
}
