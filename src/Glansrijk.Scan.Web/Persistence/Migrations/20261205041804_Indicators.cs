using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Indicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaIndicators",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhatIsCounted = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResponsibleOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", nullable: false),
                    BaselineDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActionRowId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaIndicators", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_AgendaIndicators_AgendaActions_ActionRowId",
                        column: x => x.ActionRowId,
                        principalTable: "AgendaActions",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorMeasurements",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BySeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IndicatorRowId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorMeasurements", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_IndicatorMeasurements_AgendaIndicators_IndicatorRowId",
                        column: x => x.IndicatorRowId,
                        principalTable: "AgendaIndicators",
                        principalColumn: "RowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaIndicators_ActionRowId",
                table: "AgendaIndicators",
                column: "ActionRowId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaIndicators_Id",
                table: "AgendaIndicators",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorMeasurements_Id",
                table: "IndicatorMeasurements",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorMeasurements_IndicatorRowId",
                table: "IndicatorMeasurements",
                column: "IndicatorRowId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorMeasurements");

            migrationBuilder.DropTable(
                name: "AgendaIndicators");
        }
    }
}
