using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AirbnbClone.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email)
            .HasConversion(e => e.Value, v => Email.Create(v).Value)
            .HasMaxLength(Email.MaxLength);
        builder.HasIndex(u => u.Email).IsUnique().HasDatabaseName("ux_users_email");
        builder.Property(u => u.PasswordHash);
        builder.Property(u => u.FirstName).HasMaxLength(User.MaxNameLength);
        builder.Property(u => u.LastName).HasMaxLength(User.MaxNameLength);
        builder.Property(u => u.PhoneNumber).HasMaxLength(32);
        builder.Property(u => u.Role)
            .HasConversion(r => r.ToName(), v => ParseRole(v))
            .HasMaxLength(16);
        builder.Ignore(u => u.IsDeleted);
        builder.Ignore(u => u.DomainEvents);
    }

    private static Role ParseRole(string value) =>
        RoleNames.TryParse(value, out var role) ? role : throw new InvalidOperationException($"Unknown role '{value}' in users.role.");
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ux_refresh_tokens_token_hash");
        builder.HasIndex(t => t.UserId).HasDatabaseName("ix_refresh_tokens_user_id");
        builder.HasIndex(t => t.FamilyId).HasDatabaseName("ix_refresh_tokens_family_id");
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.DomainEvents);
    }
}
