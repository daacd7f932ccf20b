using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ScansAndInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LabourMarketRegion = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentIds = table.Column<string>(type: "TEXT", nullable: false),
                    SeriesKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    InitiatorAccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InvitationText = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Occupancy = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipantLinks_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanSessions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChairSeatId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChairRotationNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanSessions", x => new { x.ScanId, x.Number });
                    table.ForeignKey(
                        name: "FK_ScanSessions_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Seats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsInitiator = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InvitationsSent = table.Column<int>(type: "INTEGER", nullable: false),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseMessage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Occupancy = table.Column<int>(type: "INTEGER", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DomainId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Seats_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantLinks_ScanId",
                table: "ParticipantLinks",
                column: "ScanId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantLinks_SeatId",
                table: "ParticipantLinks",
                column: "SeatId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantLinks_TokenHash",
                table: "ParticipantLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scans_InitiatorAccountId",
                table: "Scans",
                column: "InitiatorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Scans_SeriesKey",
                table: "Scans",
                column: "SeriesKey");

            migrationBuilder.CreateIndex(
                name: "IX_Seats_ScanId",
                table: "Seats",
                column: "ScanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParticipantLinks");

            migrationBuilder.DropTable(
                name: "ScanSessions");

            migrationBuilder.DropTable(
                name: "Seats");

            migrationBuilder.DropTable(
                name: "Scans");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "OutboxMessages");
        }
    }
}
