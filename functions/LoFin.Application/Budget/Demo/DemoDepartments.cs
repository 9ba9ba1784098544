namespace LoFin.Application.Budget.Demo;

/// <summary>
/// The departments every demo government gets (the demo users' own — 예산담당관, 복지정책과, 재무과,
/// 회계과, 정보통신과, 감사관실 — and the usual others), with the 회계 of the bank simulator's demo
/// accounts: 100 일반회계, 201 상수도, 202 하수도, 301 주차장, 401 재난관리기금, 402 통합재정안정화기금.
/// The demo users' departments, 예비비 and the special accounts come first, so a small government
/// (fewer lines) still has every 회계.
/// </summary>
internal static class DemoDepartments
{
    public static readonly IReadOnlyList<DemoDepartment> All =
    [
        new("예산담당관", "100", "016", DemoItemProfile.Administration, ["재정운영 효율화"], ["예산편성 운영", "재정사업 성과관리", "주민참여예산 운영", "재정공시 운영"]),
        new("총무과", "100", "016", DemoItemProfile.Personnel, ["인력운영비"], ["공무원 인건비", "공무직 인건비", "기간제근로자 인건비"]),
        new("재무과", "100", "014", DemoItemProfile.Administration, ["재정·금융 관리"], ["공유재산 관리", "지방세 징수", "계약 관리", "금고 운영"]),
        new("회계과", "100", "014", DemoItemProfile.Administration, ["회계 관리"], ["결산 및 회계관리", "물품 관리", "청사 관리"]),
        new("정보통신과", "100", "016", DemoItemProfile.Administration, ["스마트 행정"], ["행정정보시스템 운영", "정보보호 강화", "공공 와이파이 구축", "데이터 행정"]),
        new("감사관실", "100", "016", DemoItemProfile.Administration, ["청렴 행정"], ["자체감사 운영", "공직기강 확립"]),
        new("예산담당관", "100", "161", DemoItemProfile.Reserve, ["예비비"], ["예비비"]),
        new("상수도사업소", "201", "071", DemoItemProfile.Enterprise, ["상수도 공급"], ["정수장 운영", "노후 상수관망 정비", "상수도 요금 관리", "수질 검사"]),
        new("물순환정책과", "202", "071", DemoItemProfile.Enterprise, ["하수 처리"], ["물재생센터 운영", "하수관로 정비", "빗물펌프장 운영"]),
        new("주차계획과", "301", "125", DemoItemProfile.Enterprise, ["주차환경 개선"], ["공영주차장 건립", "거주자우선주차 운영", "주차단속 운영"]),
        new("재난안전과", "401", "025", DemoItemProfile.Fund, ["재난관리기금 운용"], ["재난 예방 사업", "재난 응급 복구", "재난관리기금 예치"]),
        new("예산담당관", "402", "014", DemoItemProfile.Fund, ["통합재정안정화기금 운용"], ["재정안정화 예치", "회계 간 재원 융통"]),
        new("복지정책과", "100", "081", DemoItemProfile.Welfare, ["기초생활보장", "복지전달체계"], ["생계급여", "의료급여", "주거급여", "교육급여", "긴급복지 지원", "자활사업 지원", "지역사회보장협의체 운영"]),
        new("노인복지과", "100", "085", DemoItemProfile.Welfare, ["노인복지 증진"], ["기초연금 지급", "노인일자리 및 사회활동 지원", "경로당 운영 지원", "노인맞춤돌봄서비스", "치매안심센터 운영"]),
        new("아동보육과", "100", "084", DemoItemProfile.Welfare, ["보육·가족 지원"], ["영유아 보육료 지원", "어린이집 운영 지원", "아동수당 지급", "부모급여 지원", "지역아동센터 지원"]),
        new("장애인복지과", "100", "082", DemoItemProfile.Welfare, ["장애인 자립 지원"], ["장애인연금", "장애인 활동지원", "장애인복지시설 운영", "장애인 일자리 지원"]),
        new("보건정책과", "100", "091", DemoItemProfile.Welfare, ["시민 건강 증진"], ["국가예방접종 실시", "보건소 운영", "감염병 예방관리", "방문건강관리"]),
        new("도로과", "100", "121", DemoItemProfile.Construction, ["도로 확충", "도로 유지관리"], ["도시계획도로 개설", "도로 포장 정비", "교량 안전 보수", "보도 정비", "도로 제설 대책"]),
        new("교통정책과", "100", "125", DemoItemProfile.Construction, ["대중교통 활성화"], ["시내버스 재정지원", "버스정류장 정비", "교통약자 이동지원", "지능형교통체계 구축"]),
        new("도시계획과", "100", "142", DemoItemProfile.Construction, ["도시 공간 관리"], ["도시재생 뉴딜", "도시관리계획 수립", "지구단위계획 정비"]),
        new("재난안전과", "100", "025", DemoItemProfile.Construction, ["재난 예방"], ["재해위험지구 정비", "민방위 운영", "CCTV 통합관제"]),
        new("환경정책과", "100", "076", DemoItemProfile.Environment, ["환경 보전"], ["대기오염 측정망 운영", "전기자동차 보급", "미세먼지 저감", "환경교육 운영"]),
        new("자원순환과", "100", "072", DemoItemProfile.Environment, ["폐기물 관리"], ["생활폐기물 수집운반 대행", "음식물류폐기물 처리", "재활용선별장 운영", "소각시설 운영"]),
        new("공원녹지과", "100", "074", DemoItemProfile.Environment, ["도시 녹지 확충"], ["도시공원 조성", "가로수 관리", "녹지 유지관리"]),
        new("문화예술과", "100", "061", DemoItemProfile.Culture, ["문화예술 진흥"], ["지역축제 개최", "문화예술단체 지원", "공연장 운영", "도서관 운영"]),
        new("관광과", "100", "062", DemoItemProfile.Culture, ["관광 활성화"], ["관광안내소 운영", "관광 홍보 마케팅", "관광지 정비"]),
        new("체육진흥과", "100", "063", DemoItemProfile.Culture, ["생활체육 진흥"], ["생활체육 프로그램 운영", "체육대회 개최", "공공체육시설 건립"]),
        new("농업정책과", "100", "101", DemoItemProfile.Culture, ["농업 경쟁력 강화"], ["친환경농업 육성", "농기계 임대", "농촌 일손 지원", "스마트팜 보급"]),
        new("일자리경제과", "100", "116", DemoItemProfile.Culture, ["지역경제 활성화"], ["청년 일자리 지원", "소상공인 지원", "전통시장 활성화", "지역화폐 발행 지원"]),
        new("평생교육과", "100", "053", DemoItemProfile.Culture, ["평생학습 도시"], ["평생학습관 운영", "학교 교육경비 보조", "장학사업"]),
    ];

    public static readonly IReadOnlyDictionary<string, string> AccountNames = new Dictionary<string, string>
    {
        ["100"] = "일반회계",
        ["201"] = "상수도사업특별회계",
        ["202"] = "하수도사업특별회계",
        ["301"] = "주차장특별회계",
        ["401"] = "재난관리기금",
        ["402"] = "통합재정안정화기금",
    };
}
