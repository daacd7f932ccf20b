using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.PostgreSql.Migrations
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
                    RowId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhatIsCounted = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResponsibleOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric", nullable: false),
                    BaselineDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Target = table.Column<decimal>(type: "numeric", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TemplateId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActionRowId = table.Column<int>(type: "integer", nullable: false)
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
                    RowId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BySeatId = table.Column<Guid>(type: "uuid", nullable: false),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IndicatorRowId = table.Column<int>(type: "integer", nullable: false)
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
