export type PortalId = 'ehojo' | 'botame' | 'policy' | 'bill' | 'participation' | 'open';

export interface Portal {
  id: PortalId;
  name: string;
  path: string;
  description: string;
  /** Capabilities not built yet (ARCHITECTURE.md service table), shown as an honest placeholder. */
  upcoming: string[];
}

export const portals: readonly Portal[] = [
  {
    id: 'ehojo',
    name: 'e호조+',
    path: '/ehojo/',
    description: '지방재정 예산·회계·지출 업무',
    upcoming: [
      '예산 편성',
      '예산 배정',
      '지출원인행위(원인행위)',
      '지출결의',
      '지급명령',
      '금고은행 이체',
      '가상계좌 세입 수납',
      '기금 관리',
      '재산(공유재산·물품) 관리',
      '채무·채권 관리',
      '회계연도 결산',
    ],
  },
  {
    id: 'botame',
    name: '보탬e',
    path: '/botame/',
    description: '지방보조금 통합관리',
    upcoming: [
      '보조사업 공모',
      '보조금 신청',
      '신청 자격 검증',
      '교부 결정',
      '보조금 교부(지급)',
      '전자증빙에 따른 건별 집행',
      '정산',
      '반환',
      '전 자치단체가 함께 쓰는 부정·중복 수급 탐지',
    ],
  },
  {
    id: 'policy',
    name: '정책도움e',
    path: '/policy/',
    description: '재정 분석·정책 지원',
    upcoming: ['자치단체를 아우르는 재정 현황 대시보드', '자치단체 간 비교 분석', '재정위기 모니터링 지표'],
  },
  {
    id: 'bill',
    name: 'e호조+빌',
    path: '/bill/',
    description: '거래처 전자대금청구',
    upcoming: ['전자세금계산서·증명서를 첨부한 전자 대금 청구', '청구 처리 상태 조회'],
  },
  {
    id: 'participation',
    name: '주민e참여',
    path: '/participation/',
    description: '주민참여예산',
    upcoming: ['주민참여예산 사업 제안', '주민 투표', '사업 추진 상황 확인', '도움말 상담(채팅)'],
  },
  {
    id: 'open',
    name: '지방재정365',
    path: '/open/',
    description: '지방재정 정보공개',
    upcoming: ['지방재정 공시', '자치단체 간 재정 비교', '공공데이터 내려받기'],
  },
];

export const opsPortal = { name: '운영 모니터', path: '/ops/' } as const;

export function portalById(id: PortalId): Portal {
  const portal = portals.find((p) => p.id === id);
  if (!portal) throw new Error(`unknown portal ${id}`);
  return portal;
}

/** Where a demo user lands after sign-in, by the `service` the API gives them. */
export function homePathForService(service: string): string {
  if (service === 'ops') return opsPortal.path;
  return portals.find((p) => p.id === service)?.path ?? '/';
}
