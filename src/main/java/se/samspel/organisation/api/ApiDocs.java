package se.samspel.organisation.api;

/** Examples the OpenAPI document shows for the organisation's read API. */
final class ApiDocs {
  private ApiDocs() {}

  static final String UNIT_PAGE =
      "{\"items\":[{\"id\":\"U-BUF\",\"name\":\"Barn- och utbildningsförvaltningen\","
          + "\"kind\":\"DEPARTMENT\"}],\"page\":0,\"size\":20,\"total\":1}";
  static final String UNIT_TREE =
      "{\"id\":\"U-KOMMUN\",\"name\":\"Mälarviks kommun\",\"kind\":\"MUNICIPALITY\","
          + "\"children\":[{\"id\":\"U-KF\",\"name\":\"Kommunfullmäktige\",\"kind\":\"COUNCIL\","
          + "\"children\":[]}]}";
  static final String UNIT =
      "{\"id\":\"U-BUF\",\"name\":\"Barn- och utbildningsförvaltningen\",\"kind\":\"DEPARTMENT\","
          + "\"parent\":{\"id\":\"U-KOMMUN\",\"name\":\"Mälarviks kommun\",\"kind\":"
          + "\"MUNICIPALITY\"},\"children\":[],\"department\":{\"id\":\"U-BUF\",\"name\":"
          + "\"Barn- och utbildningsförvaltningen\",\"kind\":\"DEPARTMENT\"},\"head\":{\"id\":"
          + "\"POS-FC-BUF\",\"title\":\"Förvaltningschef\",\"kind\":\"DEPARTMENT_HEAD\","
          + "\"holder\":{\"id\":\"P-0005\",\"name\":\"Lars Ek\"},\"acting\":false,"
          + "\"vacant\":false},\"responsibleCommittee\":{\"id\":\"U-BUN\",\"name\":"
          + "\"Barn- och utbildningsnämnden\",\"kind\":\"COMMITTEE\"},\"positions\":[]}";
  static final String POSITION =
      "{\"id\":\"POS-LARARE-1\",\"title\":\"Lärare\",\"kind\":\"STAFF_MEMBER\",\"unit\":{\"id\":"
          + "\"U-SKOLA-1\",\"name\":\"Ekbackens skola\",\"kind\":\"UNIT\"},\"holder\":{\"id\":"
          + "\"P-0100\",\"name\":\"Sara Lind\"},\"acting\":false,\"vacant\":false,"
          + "\"chainOfCommand\":[{\"id\":\"POS-REKTOR-1\",\"title\":\"Rektor\"},{\"id\":"
          + "\"POS-FC-BUF\",\"title\":\"Förvaltningschef\"},{\"id\":\"POS-KD\",\"title\":"
          + "\"Kommundirektör\"}],\"directReports\":0}";
  static final String PERSON_PAGE =
      "{\"items\":[{\"id\":\"P-0100\",\"name\":\"Sara Lind\"}],\"page\":0,\"size\":20,"
          + "\"total\":1}";
  static final String PERSON =
      "{\"id\":\"P-0100\",\"name\":\"Sara Lind\",\"email\":\"sara.lind@malarvik.example\","
          + "\"positions\":[{\"id\":\"POS-LARARE-1\",\"title\":\"Lärare\",\"kind\":"
          + "\"STAFF_MEMBER\"}]}";
  static final String SEARCH_POSITIONS =
      "{\"items\":[{\"id\":\"POS-FC-BUF\",\"title\":\"Förvaltningschef\",\"kind\":"
          + "\"DEPARTMENT_HEAD\",\"unit\":{\"id\":\"U-BUF\",\"name\":\"Barn- och"
          + " utbildningsförvaltningen\",\"kind\":\"DEPARTMENT\"},\"holder\":{\"id\":"
          + "\"P-FC-BUF\",\"name\":\"Lars Ek\"},\"acting\":false,\"vacant\":false}],"
          + "\"page\":0,\"size\":20,\"total\":1}";
  static final String SEARCH_PEOPLE =
      "{\"items\":[{\"id\":\"P-FC-BUF\",\"name\":\"Lars Ek\",\"positions\":[{\"id\":"
          + "\"POS-FC-BUF\",\"title\":\"Förvaltningschef\",\"kind\":\"DEPARTMENT_HEAD\","
          + "\"unit\":{\"id\":\"U-BUF\",\"name\":\"Barn- och utbildningsförvaltningen\","
          + "\"kind\":\"DEPARTMENT\"},\"holder\":{\"id\":\"P-FC-BUF\",\"name\":"
          + "\"Lars Ek\"},\"acting\":false,\"vacant\":false}]}],\"page\":0,\"size\":20,"
          + "\"total\":1}";
}
