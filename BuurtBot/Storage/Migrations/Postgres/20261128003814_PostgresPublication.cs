using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostgresPublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "Initiatieven",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShareCode",
                table: "Initiatieven",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Buurt",
                table: "Conversations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PeilingenAskedUtc",
                table: "Conversations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PeilingenConsentUtc",
                table: "Conversations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InitiatiefSteun",
                columns: table => new
                {
                    InitiatiefId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SupportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefSteun", x => new { x.InitiatiefId, x.ResidentId });
                    table.ForeignKey(
                        name: "FK_InitiatiefSteun_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_PublishedAt",
                table: "Initiatieven",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_ShareCode",
                table: "Initiatieven",
                column: "ShareCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiatiefSteun_ResidentId_SupportedUtc",
                table: "InitiatiefSteun",
                columns: new[] { "ResidentId", "SupportedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InitiatiefSteun");

            migrationBuilder.DropIndex(
                name: "IX_Initiatieven_PublishedAt",
                table: "Initiatieven");

            migrationBuilder.DropIndex(
                name: "IX_Initiatieven_ShareCode",
                table: "Initiatieven");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "Initiatieven");

            migrationBuilder.DropColumn(
                name: "ShareCode",
                table: "Initiatieven");

            migrationBuilder.DropColumn(
                name: "Buurt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "PeilingenAskedUtc",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "PeilingenConsentUtc",
                table: "Conversations");
        }
    }
}
