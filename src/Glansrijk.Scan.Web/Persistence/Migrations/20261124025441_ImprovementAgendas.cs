using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ImprovementAgendas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImprovementAgendas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NormIds = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedFocusNormIds = table.Column<string>(type: "TEXT", nullable: false),
                    ParticipantSeatIds = table.Column<string>(type: "TEXT", nullable: false),
                    ChairSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InitiatorSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FocusConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MeetingFrequency = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reporting = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Celebrating = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementAgendas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementAgendas_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Prioritisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Budget = table.Column<int>(type: "INTEGER", nullable: false),
                    NormIds = table.Column<string>(type: "TEXT", nullable: false),
                    ParticipantSeatIds = table.Column<string>(type: "TEXT", nullable: false),
                    ChairSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InitiatorSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prioritisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Prioritisations_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaActions",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    NormId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ForYoungPeople = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Organisations = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResultIndicator = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FirstCheck = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NextCheck = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DroppedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaActions", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgendaActions_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaConfirmations",
                columns: table => new
                {
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agrees = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaConfirmations", x => new { x.AgendaId, x.SeatId });
                    table.ForeignKey(
                        name: "FK_AgendaConfirmations_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaExternalInvitations",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContactSeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaExternalInvitations", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgendaExternalInvitations_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaFocusNorms",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NormId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    WasProposed = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaFocusNorms", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgendaFocusNorms_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaHandledCommands",
                columns: table => new
                {
                    CommandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaHandledCommands", x => new { x.AgendaId, x.CommandId });
                    table.ForeignKey(
                        name: "FK_AgendaHandledCommands_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaInternalApprovals",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaInternalApprovals", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgendaInternalApprovals_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaProposals",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NormId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaProposals", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgendaProposals_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentActionReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AgendaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    About = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentActionReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentActionReminders_ImprovementAgendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "ImprovementAgendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointAllocations",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NormId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PrioritisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointAllocations", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_PointAllocations_Prioritisations_PrioritisationId",
                        column: x => x.PrioritisationId,
                        principalTable: "Prioritisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrioritisationHandledCommands",
                columns: table => new
                {
                    CommandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrioritisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrioritisationHandledCommands", x => new { x.PrioritisationId, x.CommandId });
                    table.ForeignKey(
                        name: "FK_PrioritisationHandledCommands_Prioritisations_PrioritisationId",
                        column: x => x.PrioritisationId,
                        principalTable: "Prioritisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaActionUpdates",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BySeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextCheck = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActionRowId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaActionUpdates", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgendaActionUpdates_AgendaActions_ActionRowId",
                        column: x => x.ActionRowId,
                        principalTable: "AgendaActions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaActions_AgendaId",
                table: "AgendaActions",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaActions_Id",
                table: "AgendaActions",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaActions_OwnerSeatId",
                table: "AgendaActions",
                column: "OwnerSeatId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaActionUpdates_ActionRowId",
                table: "AgendaActionUpdates",
                column: "ActionRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaActionUpdates_Id",
                table: "AgendaActionUpdates",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaExternalInvitations_AgendaId",
                table: "AgendaExternalInvitations",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaExternalInvitations_Id",
                table: "AgendaExternalInvitations",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaFocusNorms_AgendaId",
                table: "AgendaFocusNorms",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaInternalApprovals_AgendaId",
                table: "AgendaInternalApprovals",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaInternalApprovals_Id",
                table: "AgendaInternalApprovals",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaProposals_AgendaId",
                table: "AgendaProposals",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaProposals_Id",
                table: "AgendaProposals",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementAgendas_ScanId",
                table: "ImprovementAgendas",
                column: "ScanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointAllocations_PrioritisationId_SeatId",
                table: "PointAllocations",
                columns: new[] { "PrioritisationId", "SeatId" });

            migrationBuilder.CreateIndex(
                name: "IX_Prioritisations_ScanId",
                table: "Prioritisations",
                column: "ScanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentActionReminders_ActionId",
                table: "SentActionReminders",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_SentActionReminders_AgendaId",
                table: "SentActionReminders",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_SentActionReminders_Key",
                table: "SentActionReminders",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaActionUpdates");

            migrationBuilder.DropTable(
                name: "AgendaConfirmations");

            migrationBuilder.DropTable(
                name: "AgendaExternalInvitations");

            migrationBuilder.DropTable(
                name: "AgendaFocusNorms");

            migrationBuilder.DropTable(
                name: "AgendaHandledCommands");

            migrationBuilder.DropTable(
                name: "AgendaInternalApprovals");

            migrationBuilder.DropTable(
                name: "AgendaProposals");

            migrationBuilder.DropTable(
                name: "PointAllocations");

            migrationBuilder.DropTable(
                name: "PrioritisationHandledCommands");

            migrationBuilder.DropTable(
                name: "SentActionReminders");

            migrationBuilder.DropTable(
                name: "AgendaActions");

            migrationBuilder.DropTable(
                name: "Prioritisations");

            migrationBuilder.DropTable(
                name: "ImprovementAgendas");
        }
    }
}
