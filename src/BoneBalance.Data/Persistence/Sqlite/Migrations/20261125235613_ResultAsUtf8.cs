using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneBalance.Data.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResultAsUtf8 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<byte[]>(
                name: "ResultJson",
                table: "Assessments",
                type: "BLOB",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT");

            // SQLite keeps a value's own type through the table rebuild: earlier rows become BLOBs here.
            migrationBuilder.Sql("UPDATE \"Assessments\" SET \"ResultJson\" = CAST(\"ResultJson\" AS BLOB) WHERE typeof(\"ResultJson\") = 'text';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ResultJson",
                table: "Assessments",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.Sql("UPDATE \"Assessments\" SET \"ResultJson\" = CAST(\"ResultJson\" AS TEXT) WHERE typeof(\"ResultJson\") = 'blob';");
        }
    }
}
