using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneBalance.Data.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ResultAsUtf8 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The text is kept as its UTF-8 bytes (a plain ALTER TYPE cannot cast text to bytea).
            migrationBuilder.Sql("""ALTER TABLE "Assessments" ALTER COLUMN "ResultJson" TYPE bytea USING convert_to("ResultJson", 'UTF8');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "Assessments" ALTER COLUMN "ResultJson" TYPE text USING convert_from("ResultJson", 'UTF8');""");
        }
    }
}
