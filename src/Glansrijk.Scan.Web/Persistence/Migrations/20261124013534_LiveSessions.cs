using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LiveSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LiveSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ChairSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InitiatorSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenDiscussion = table.Column<bool>(type: "INTEGER", nullable: false),
                    AutoReveal = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HandledCommands",
                columns: table => new
                {
                    CommandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LiveSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandledCommands", x => new { x.LiveSessionId, x.CommandId });
                    table.ForeignKey(
                        name: "FK_HandledCommands_LiveSessions_LiveSessionId",
                        column: x => x.LiveSessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementPoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBySeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevisedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiveSessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementPoints_LiveSessions_LiveSessionId",
                        column: x => x.LiveSessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveSessionAgenda",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LiveSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ScaleId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    OptionCodes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveSessionAgenda", x => new { x.LiveSessionId, x.Position });
                    table.ForeignKey(
                        name: "FK_LiveSessionAgenda_LiveSessions_LiveSessionId",
                        column: x => x.LiveSessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveSessionLog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorSeatId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectSeatId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LiveSessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveSessionLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveSessionLog_LiveSessions_LiveSessionId",
                        column: x => x.LiveSessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveSessionSeats",
                columns: table => new
                {
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LiveSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DomainId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsInitiator = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstPresentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PresenceChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveSessionSeats", x => new { x.LiveSessionId, x.SeatId });
                    table.ForeignKey(
                        name: "FK_LiveSessionSeats_LiveSessions_LiveSessionId",
                        column: x => x.LiveSessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VotingRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevealedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiveSessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VotingRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VotingRounds_LiveSessions_LiveSessionId",
                        column: x => x.LiveSessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OptionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 280, nullable: true),
                    CastAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommandId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => new { x.RoundId, x.SeatId });
                    table.ForeignKey(
                        name: "FK_Votes_VotingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "VotingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementPoints_LiveSessionId",
                table: "ImprovementPoints",
                column: "LiveSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessionLog_LiveSessionId",
                table: "LiveSessionLog",
                column: "LiveSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_Code",
                table: "LiveSessions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_ScanId_SessionNumber",
                table: "LiveSessions",
                columns: new[] { "ScanId", "SessionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VotingRounds_LiveSessionId",
                table: "VotingRounds",
                column: "LiveSessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HandledCommands");

            migrationBuilder.DropTable(
                name: "ImprovementPoints");

            migrationBuilder.DropTable(
                name: "LiveSessionAgenda");

            migrationBuilder.DropTable(
                name: "LiveSessionLog");

            migrationBuilder.DropTable(
                name: "LiveSessionSeats");

            migrationBuilder.DropTable(
                name: "Votes");

            migrationBuilder.DropTable(
                name: "VotingRounds");

            migrationBuilder.DropTable(
                name: "LiveSessions");
        }
    }
}
