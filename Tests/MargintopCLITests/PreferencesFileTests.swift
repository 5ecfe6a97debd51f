import DashboardCore
import Foundation
import Testing

@testable import MargintopCLI

@Suite struct PreferencesFileTests {
  private func temporaryPath() throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-prefs-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory + "/state/preferences.json"
  }

  @Test func savedChoicesComeBack() throws {
    let file = PreferencesFile(path: try temporaryPath())
    #expect(file.load().preferences == nil)
    #expect(file.load().warning == nil)
    let preferences = DashboardPreferences(theme: "nord", sort: "liabilities", sortReversed: true, view: "table", exact: true, refreshSeconds: 15)
    #expect(file.save(preferences) == nil)
    #expect(file.load().preferences == preferences)
  }

  @Test func aFileWrittenByEarlierVersionsStillLoads() throws {
    // What Foundation's JSONEncoder (pretty, sorted) wrote before the one JSON writer took over.
    let earlier = """
      {
        "exact" : false,
        "refreshSeconds" : 30,
        "sort" : "risk",
        "sortReversed" : false,
        "theme" : "gruvbox-dark",
        "view" : "panels"
      }
      """
    let expected = DashboardPreferences(
      theme: "gruvbox-dark", sort: "risk", sortReversed: false, view: "panels", exact: false, refreshSeconds: 30)
    #expect(DashboardPreferences(json: Array(earlier.utf8)) == expected)
    #expect(DashboardPreferences(json: Array(expected.json.utf8)) == expected)
    #expect(expected.json.hasPrefix("{\n  \"exact\": false,\n  \"refreshSeconds\": 30,\n"), "\(expected.json)")
  }

  @Test func aKnownKeyOfTheWrongTypeIsNotAPreferencesDocumentButUnknownKeysAndNullsAre() {
    #expect(DashboardPreferences(json: Array(#"{"theme": 3}"#.utf8)) == nil)
    #expect(DashboardPreferences(json: Array(#"{"refreshSeconds": "5"}"#.utf8)) == nil)
    #expect(DashboardPreferences(json: Array(#"["theme"]"#.utf8)) == nil)
    let lenient = DashboardPreferences(json: Array(#"{"theme": null, "sort": "risk", "columns": [1, 2]}"#.utf8))
    #expect(lenient == DashboardPreferences(sort: "risk"))
  }

  @Test func aCorruptFileIsIgnoredWithAWarningNeverFatal() throws {
    let path = try temporaryPath()
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data([0xFF, 0x00, 0x7B]).write(to: URL(fileURLWithPath: path))
    let loaded = PreferencesFile(path: path).load()
    #expect(loaded.preferences == nil)
    #expect(loaded.warning?.contains("not a preferences document") == true)
  }

  @Test func aDirectoryOrAHugeFileIsIgnored() throws {
    let path = try temporaryPath()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    #expect(PreferencesFile(path: path).load().warning?.contains("not a small regular file") == true)
    let big = try temporaryPath()
    try FileManager.default.createDirectory(atPath: (big as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(repeating: 0x20, count: PreferencesFile.maximumSize + 1).write(to: URL(fileURLWithPath: big))
    #expect(PreferencesFile(path: big).load().preferences == nil)
  }

  @Test func theStateTakesBackWhatItCanAndIgnoresTheRest() {
    var state = DashboardState(
      accounts: [AccountDescriptor(name: "a", venue: .okx)],
      settings: DashboardSettings(refreshInterval: .seconds(5), minimumInterval: .seconds(2), themeNames: ["default", "nord"]),
      now: Date(timeIntervalSince1970: 0))
    state.apply(DashboardPreferences(theme: "nord", sort: "liabilities", sortReversed: true, view: "table", exact: true, refreshSeconds: 1))
    #expect(state.themeName == "nord")
    #expect(state.sort == .liabilities)
    #expect(state.sortReversed)
    #expect(state.viewMode == .table)
    #expect(state.exact)
    // Never below the venues' floor.
    #expect(state.refreshInterval == .seconds(2))
    state.apply(DashboardPreferences(theme: "gone", sort: "nonsense", refreshSeconds: .infinity))
    #expect(state.themeName == "nord")
    #expect(state.sort == .liabilities)
    #expect(state.preferences.view == "table")
  }
}
