using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AirbnbClone.Infrastructure.Persistence.Configurations;

internal sealed class PropertyConfiguration : IEntityTypeConfiguration<Property>
{
    public void Configure(EntityTypeBuilder<Property> builder)
    {
        builder.ToTable("properties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.HostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.HostId).HasDatabaseName("ix_properties_host_id");
        builder.Property(p => p.Title).HasMaxLength(PropertyDetails.TitleMaxLength);
        builder.Property(p => p.Description).HasMaxLength(PropertyDetails.DescriptionMaxLength);
        builder.Property(p => p.Street).HasMaxLength(PropertyDetails.StreetMaxLength);
        builder.Property(p => p.City).HasMaxLength(PropertyDetails.CityMaxLength);
        builder.Property(p => p.State).HasMaxLength(PropertyDetails.StateMaxLength);
        builder.Property(p => p.Country).HasColumnType("char(2)");
        builder.Property(p => p.PostalCode).HasMaxLength(PropertyDetails.PostalCodeMaxLength);
        builder.Property(p => p.PricePerNight).HasColumnType("numeric");
        builder.Property(p => p.Currency).HasColumnType("char(3)");
        builder.Property(p => p.CleaningFee).HasColumnType("numeric");
        builder.Property(p => p.Amenities).HasColumnType("text[]");
        builder.Property(p => p.Photos).HasColumnType("text[]");
        builder.Property(p => p.CancellationPolicy)
            .HasConversion(c => c.ToName(), v => ParsePolicy(v))
            .HasMaxLength(16);
        builder.Property(p => p.Status)
            .HasConversion(s => s.ToName(), v => ParseStatus(v))
            .HasMaxLength(16);
        builder.Property(p => p.RatingAverage).HasPrecision(3, 2);
        builder.Property(p => p.Version).MapToRowVersion();
        builder.HasMany(p => p.Blocks).WithOne().HasForeignKey(b => b.PropertyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Blocks).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_blocks");
        builder.Ignore(p => p.DomainEvents);
    }

    private static CancellationPolicy ParsePolicy(string value) =>
        PropertyNames.TryParsePolicy(value, out var policy) ? policy : throw new InvalidOperationException($"Unknown cancellation policy '{value}'.");

    private static PropertyStatus ParseStatus(string value) =>
        PropertyNames.TryParseStatus(value, out var status) ? status : throw new InvalidOperationException($"Unknown property status '{value}'.");
}

internal sealed class PropertyBlockConfiguration : IEntityTypeConfiguration<PropertyBlock>
{
    public void Configure(EntityTypeBuilder<PropertyBlock> builder)
    {
        builder.ToTable("property_blocks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        // The exclusion constraint's GiST index leads with property_id, so it also serves the foreign key.
        builder.HasIndex(b => b.PropertyId).HasDatabaseName("ex_property_blocks_no_overlap");
        builder.Ignore(b => b.Range);
        builder.Ignore(b => b.DomainEvents);
    }
}
