namespace AirbnbClone.Domain.Abstractions;

/// <summary>Something that happened in the domain that other parts may react to.</summary>
#pragma warning disable CA1040 // marker interface: events are plain records
public interface IDomainEvent;
#pragma warning restore CA1040
