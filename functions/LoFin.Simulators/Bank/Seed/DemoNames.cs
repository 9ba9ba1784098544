namespace LoFin.Simulators.Bank.Seed;

/// <summary>Parts the demo payees' names are built from: common surnames and syllables, and the kinds of firms a city pays.</summary>
internal static class DemoNames
{
    public static readonly string[] Surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"];

    public static readonly string[] GivenSyllables = ["민", "서", "지", "현", "수", "영", "준", "우", "예", "은", "하", "도", "윤", "진", "성", "경", "혜", "태", "재", "희"];

    public static readonly string[] FirmWords = ["한빛", "대한", "새솔", "푸른", "동방", "미래", "한결", "태광", "성원", "다온", "누리", "가람", "해솔", "청솔", "한양", "금강", "백두", "태백", "신성", "온누리"];

    public static readonly string[] FirmTrades = ["건설", "종합건설", "설비", "전기", "환경", "조경", "토건", "산업", "정보통신", "엔지니어링", "기술", "테크", "식품", "인쇄", "문구", "의료기", "방재", "안전", "교통", "건축사사무소"];

    public static readonly string[] GroupWords = ["행복", "희망", "나눔", "한마음", "사랑", "열린", "새봄", "어울림"];

    public static readonly string[] GroupKinds = ["복지회", "협회", "마을회", "봉사단", "작은도서관", "지역아동센터"];
}
