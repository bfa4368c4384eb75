namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>Marks a request that only reads; the QueryRetry behaviour wraps only these.</summary>
#pragma warning disable CA1040 // marker interface read by behaviours
public interface IBaseQuery;
#pragma warning restore CA1040
