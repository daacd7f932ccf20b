using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Invitations;

/// <summary>A participant's personal link: 256 random bits, of which only the SHA-256 hash is stored. It opens one
/// seat of one scan, works on any device without a password, and can be revoked.</summary>
public sealed class ParticipantLink
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ScanId { get; set; }
    public Guid SeatId { get; set; }

    /// <summary>The seat's occupancy when the link was made; a replaced person's links are revoked.</summary>
    public int Occupancy { get; set; }

    public required byte[] TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Makes a new link; the token is returned once, to be put in the mail, and never stored.</summary>
    public static (ParticipantLink Link, string Token) Create(Guid scanId, Guid seatId, int occupancy, DateTime now)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (new ParticipantLink { ScanId = scanId, SeatId = seatId, Occupancy = occupancy, TokenHash = Hash(token), CreatedAt = now }, token);
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}

internal sealed class ParticipantLinkConfiguration : IEntityTypeConfiguration<ParticipantLink>
{
    public void Configure(EntityTypeBuilder<ParticipantLink> builder)
    {
        builder.ToTable("ParticipantLinks");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.SeatId);
        builder.Property(l => l.TokenHash).HasMaxLength(32);
        builder.Ignore(l => l.IsRevoked);
        builder.HasOne<Core.Scans.Scan>().WithMany().HasForeignKey(l => l.ScanId).OnDelete(DeleteBehavior.Cascade);
    }
}
