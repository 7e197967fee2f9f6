using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PrivacyReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedUtc",
                table: "Conversations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InitiatiefPublicTexts",
                columns: table => new
                {
                    InitiatiefId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Doel = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SourceFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefPublicTexts", x => x.InitiatiefId);
                    table.ForeignKey(
                        name: "FK_InitiatiefPublicTexts_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiatiefPublicAfspraken",
                columns: table => new
                {
                    AfspraakId = table.Column<Guid>(type: "uuid", nullable: false),
                    InitiatiefId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SourceFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefPublicAfspraken", x => new { x.InitiatiefId, x.AfspraakId });
                    table.ForeignKey(
                        name: "FK_InitiatiefPublicAfspraken_InitiatiefPublicTexts_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "InitiatiefPublicTexts",
                        principalColumn: "InitiatiefId",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InitiatiefPublicAfspraken");

            migrationBuilder.DropTable(
                name: "InitiatiefPublicTexts");

            migrationBuilder.DropColumn(
                name: "ErasedUtc",
                table: "Conversations");
        }
    }
}
