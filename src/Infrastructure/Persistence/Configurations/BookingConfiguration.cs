using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AirbnbClone.Infrastructure.Persistence.Configurations;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("bookings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<Property>().WithMany().HasForeignKey(b => b.PropertyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(b => b.GuestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(b => b.CancelledBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.PropertyId).HasDatabaseName("ix_bookings_property_id");
        builder.HasIndex(b => b.GuestId).HasDatabaseName("ix_bookings_guest_id");
        builder.HasIndex(b => b.CancelledBy).HasDatabaseName("ix_bookings_cancelled_by");
        builder.Property(b => b.Status)
            .HasConversion(s => s.ToName(), v => ParseStatus(v))
            .HasMaxLength(16);
        builder.Property(b => b.CancellationPolicy)
            .HasConversion(c => c.ToName(), v => ParsePolicy(v))
            .HasMaxLength(16);
        builder.Property(b => b.NightlyRate).HasColumnType("numeric");
        builder.Property(b => b.Subtotal).HasColumnType("numeric");
        builder.Property(b => b.CleaningFee).HasColumnType("numeric");
        builder.Property(b => b.ServiceFee).HasColumnType("numeric");
        builder.Property(b => b.Total).HasColumnType("numeric");
        builder.Property(b => b.RefundAmount).HasColumnType("numeric");
        builder.Property(b => b.Currency).HasColumnType("char(3)");
        builder.Property(b => b.Version).MapToRowVersion();
        builder.Ignore(b => b.Stay);
        builder.Ignore(b => b.Price);
        builder.Ignore(b => b.CompletesAt);
        builder.Ignore(b => b.DomainEvents);
    }

    private static BookingStatus ParseStatus(string value) =>
        BookingStatusNames.TryParse(value, out var status) ? status : throw new InvalidOperationException($"Unknown booking status '{value}'.");

    private static CancellationPolicy ParsePolicy(string value) =>
        PropertyNames.TryParsePolicy(value, out var policy) ? policy : throw new InvalidOperationException($"Unknown cancellation policy '{value}'.");
}
